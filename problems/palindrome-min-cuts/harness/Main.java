// palindrome-min-cuts harness (Java): reads the test, calls new Solution().minCut() from the
// user's Solution.java and prints the returned number of cuts. The user's class is compiled
// beside this one; it imports what it uses itself.
import java.io.IOException;
import java.nio.charset.StandardCharsets;

public class Main {
    public static void main(String[] args) throws IOException {
        String s = new String(System.in.readAllBytes(), StandardCharsets.US_ASCII).trim().split("\\s+")[0];
        int answer = new Solution().minCut(s); // judge-signature: class Solution { public int minCut(String s) }
        System.out.println(answer);
    }
}
