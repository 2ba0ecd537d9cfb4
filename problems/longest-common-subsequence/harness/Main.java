// longest-common-subsequence harness (Java): reads the test, calls
// new Solution().longestCommonSubsequence() from the user's Solution.java and prints the
// returned length. The user's class is compiled beside this one; it imports what it uses
// itself.
import java.io.IOException;
import java.nio.charset.StandardCharsets;

public class Main {
    public static void main(String[] args) throws IOException {
        String[] words = new String(System.in.readAllBytes(), StandardCharsets.US_ASCII).trim().split("\\s+");
        String text1 = words[0], text2 = words[1];
        int answer = new Solution().longestCommonSubsequence(text1, text2); // judge-signature: class Solution { public int longestCommonSubsequence(String text1, String text2) }
        System.out.println(answer);
    }
}
