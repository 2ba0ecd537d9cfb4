// unique-paths-obstacles harness (Java): reads the test, calls new Solution().countPaths()
// from the user's Solution.java and prints the returned number of paths. The user's class is
// compiled beside this one; it imports what it uses itself.
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer first = new StringTokenizer(in.readLine());
        int rows = Integer.parseInt(first.nextToken());
        int cols = Integer.parseInt(first.nextToken());
        String[] grid = new String[rows];
        for (int i = 0; i < rows; i++) {
            grid[i] = in.readLine().trim();
            if (grid[i].length() != cols)
                System.exit(1);
        }
        int answer = new Solution().countPaths(grid); // judge-signature: class Solution { public int countPaths(String[] grid) }
        System.out.println(answer);
    }
}
