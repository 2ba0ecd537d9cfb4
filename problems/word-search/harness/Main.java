// word-search harness (Java): reads the test, calls new Solution().exist() from the user's
// Solution.java once per word, each time on a fresh copy of the grid, and prints "true" or
// "false" for each. The user's class is compiled beside this one; it imports what it uses
// itself.
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.StringTokenizer;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        ArrayList<String> tokens = new ArrayList<>();
        for (String line; (line = in.readLine()) != null;) {
            StringTokenizer st = new StringTokenizer(line);
            while (st.hasMoreTokens())
                tokens.add(st.nextToken());
        }
        int at = 0;
        int rows = Integer.parseInt(tokens.get(at++));
        int cols = Integer.parseInt(tokens.get(at++));
        String[] grid = new String[rows];
        for (int r = 0; r < rows; r++)
            grid[r] = tokens.get(at++);
        int k = Integer.parseInt(tokens.get(at++));
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < k; w++) {
            String word = tokens.get(at++);
            char[][] board = new char[rows][];
            for (int r = 0; r < rows; r++)
                board[r] = grid[r].toCharArray();
            boolean found = new Solution().exist(board, word); // judge-signature: class Solution { public boolean exist(char[][] board, String word) }
            out.append(found ? "true" : "false").append('\n');
        }
        System.out.print(out);
    }
}
