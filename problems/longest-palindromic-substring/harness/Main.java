// longest-palindromic-substring harness (Java): reads the test, calls
// new Solution().longestPalindrome() from the user's Solution.java and prints the returned
// length. The user's class is compiled beside this one; it imports what it uses itself.
import java.io.IOException;
import java.nio.charset.StandardCharsets;

public class Main {
    public static void main(String[] args) throws IOException {
        String s = new String(System.in.readAllBytes(), StandardCharsets.US_ASCII).trim();
        int answer = new Solution().longestPalindrome(s); // judge-signature: class Solution { public int longestPalindrome(String s) }
        System.out.println(answer);
    }
}
