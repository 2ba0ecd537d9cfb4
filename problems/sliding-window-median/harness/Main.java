// sliding-window-median harness (Java): reads the test, calls new Solution().medianSlidingWindow() from the
// user's Solution.java and prints the returned values in order, separated by spaces. The
// user's class is compiled beside this one; it imports what it uses itself.
import java.io.DataInputStream;
import java.io.IOException;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(System.in);
        int n = readInt(in);
        int k = readInt(in);
        int[] nums = new int[n];
        for (int i = 0; i < n; i++)
            nums[i] = readInt(in);
        int m = n - k + 1;
        int[] res = new Solution().medianSlidingWindow(nums, k); // judge-signature: class Solution { public int[] medianSlidingWindow(int[] nums, int k) }
        if (res == null || res.length != m) {
            System.err.println("harness: medianSlidingWindow must return " + m + " values (got "
                               + (res == null ? "null" : res.length + "") + ")");
            System.out.println("invalid");
            return;
        }
        StringBuilder out = new StringBuilder(m * 8);
        for (int i = 0; i < m; i++) {
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
