// grid-path-eliminations harness (Java): reads the test, calls new Solution().shortestPath() from
// the user's Solution.java and prints the returned number of steps. The user's class is
// compiled beside this one; it imports what it uses itself.
import java.io.DataInputStream;
import java.io.IOException;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(System.in);
        int rows = readInt(in), cols = readInt(in), k = readInt(in);
        int[][] grid = new int[rows][cols];
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++)
                grid[i][j] = readCell(in);
        int answer = new Solution().shortestPath(grid, k); // judge-signature: class Solution { public int shortestPath(int[][] grid, int k) }
        System.out.println(answer);
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

    private static int readCell(DataInputStream in) throws IOException {
        int c = read(in);
        while (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            c = read(in);
        return c - '0';
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
