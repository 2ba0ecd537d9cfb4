// min-window-substring harness (Java): reads the test, calls new Solution().minWindow() from
// the user's Solution.java and prints the returned length. The user's class is compiled
// beside this one; it imports what it uses itself.
import java.io.IOException;
import java.nio.charset.StandardCharsets;

public class Main {
    public static void main(String[] args) throws IOException {
        String[] words = new String(System.in.readAllBytes(), StandardCharsets.US_ASCII).trim().split("\\s+");
        String s = words[0], t = words[1];
        int answer = new Solution().minWindow(s, t); // judge-signature: class Solution { public int minWindow(String s, String t) }
        System.out.println(answer);
    }
}
