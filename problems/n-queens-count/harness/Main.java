// n-queens-count harness (Java): reads the test, calls new Solution().totalNQueens() from the
// user's Solution.java and prints the returned count. The user's class is compiled beside
// this one; it imports what it uses itself.
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        int answer = new Solution().totalNQueens(n); // judge-signature: class Solution { public int totalNQueens(int n) }
        System.out.println(answer);
    }
}
