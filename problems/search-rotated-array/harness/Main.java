// search-rotated-array harness (Java): reads the test, calls new Solution().search() from the
// user's Solution.java once per query and prints the returned indices, one per line. The
// user's class is compiled beside this one; it imports what it uses itself.
import java.io.DataInputStream;
import java.io.IOException;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(System.in);
        int n = readInt(in);
        int q = readInt(in);
        int[] nums = new int[n];
        for (int i = 0; i < n; i++)
            nums[i] = readInt(in);
        int[] targets = new int[q];
        for (int j = 0; j < q; j++)
            targets[j] = readInt(in);
        Solution sol = new Solution();
        StringBuilder out = new StringBuilder();
        for (int j = 0; j < q; j++) {
            int answer = sol.search(nums, targets[j]); // judge-signature: class Solution { public int search(int[] nums, int target) }
            out.append(answer).append('\n');
        }
        System.out.print(out);
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
