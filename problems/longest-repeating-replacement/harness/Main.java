// longest-repeating-replacement harness (Java): reads the test, calls
// new Solution().characterReplacement() from the user's Solution.java and prints the returned
// length. The user's class is compiled beside this one; it imports what it uses itself.
import java.io.IOException;
import java.nio.charset.StandardCharsets;

public class Main {
    public static void main(String[] args) throws IOException {
        String[] words = new String(System.in.readAllBytes(), StandardCharsets.US_ASCII).trim().split("\\s+");
        String s = words[0];
        int k = Integer.parseInt(words[1]);
        int answer = new Solution().characterReplacement(s, k); // judge-signature: class Solution { public int characterReplacement(String s, int k) }
        System.out.println(answer);
    }
}
