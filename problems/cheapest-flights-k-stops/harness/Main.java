// cheapest-flights-k-stops harness (Java): reads the test, calls
// new Solution().findCheapestPrice() from the user's Solution.java and prints the returned
// price. The user's class is compiled beside this one; it imports what it uses itself.
import java.io.DataInputStream;
import java.io.IOException;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(System.in);
        int n = readInt(in), m = readInt(in), src = readInt(in), dst = readInt(in), k = readInt(in);
        int[][] flights = new int[m][3];
        for (int i = 0; i < m; i++)
            for (int j = 0; j < 3; j++)
                flights[i][j] = readInt(in);
        int answer = new Solution().findCheapestPrice(n, flights, src, dst, k); // judge-signature: class Solution { public int findCheapestPrice(int n, int[][] flights, int src, int dst, int k) }
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
