// kth-smallest-sorted-matrix harness (Java): reads the test, calls new Solution().kthSmallest() from the
// user's Solution.java and prints the returned values in order, separated by spaces. The
// user's class is compiled beside this one; it imports what it uses itself.
import java.io.DataInputStream;
import java.io.IOException;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(System.in);
        int n = readInt(in);
        int[][] matrix = new int[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                matrix[i][j] = readInt(in);
        int q = readInt(in);
        int[] queries = new int[q];
        for (int i = 0; i < q; i++)
            queries[i] = readInt(in);
        int[] res = new Solution().kthSmallest(matrix, queries); // judge-signature: class Solution { public int[] kthSmallest(int[][] matrix, int[] queries) }
        if (res == null || res.length != q) {
            System.err.println("harness: kthSmallest must return " + q + " values (got "
                               + (res == null ? "null" : res.length + "") + ")");
            System.out.println("invalid");
            return;
        }
        StringBuilder out = new StringBuilder(q * 12);
        for (int i = 0; i < q; i++) {
            if (i > 0)
                out.append(' ');
            out.append(res[i]);
        }
        System.out.println(out);
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
