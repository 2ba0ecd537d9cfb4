// tree-level-widths harness (Java): reads the test, calls new Solution().levelWidths() from the
// user's Solution.java and prints the returned counts on one line. The user's class is compiled
// beside this one; it imports what it uses itself.
import java.io.DataInputStream;
import java.io.IOException;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(System.in);
        int n = readInt(in);
        int[] parent = new int[n];
        for (int i = 0; i < n; i++)
            parent[i] = readInt(in);
        int[] res = new Solution().levelWidths(parent); // judge-signature: class Solution { public int[] levelWidths(int[] parent) }
        if (res == null || res.length < 1 || res.length > n) {
            System.err.println("harness: levelWidths must return between 1 and " + n + " counts (got "
                               + (res == null ? "null" : res.length + "") + ")");
            System.out.println("invalid");
            return;
        }
        StringBuilder out = new StringBuilder(res.length * 7);
        for (int i = 0; i < res.length; i++)
            out.append(i == 0 ? "" : " ").append(res[i]);
        out.append('\n');
        System.out.print(out);
        System.out.flush();
    }

    private static final byte[] buffer = new byte[1 << 16];
    private static int length, position;

    private static int read(DataInputStream in) throws IOException {
        if (position == length) {
            length = in.read(buffer, 0, buffer.length);
            position = 0;
            if (length <= 0)
                return -1;
        }
        return buffer[position++];
    }

    private static int readInt(DataInputStream in) throws IOException {
        int c = read(in);
        while (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            c = read(in);
        boolean negative = c == '-';
        if (negative)
            c = read(in);
        long value = 0;
        while (c >= '0' && c <= '9') {
            value = value * 10 + (c - '0');
            c = read(in);
        }
        return (int) (negative ? -value : value);
    }
}
