// alien-dictionary harness (Java): reads the test, calls new Solution().alienOrder() from the
// user's Solution.java and prints the returned string. The user's class is compiled beside
// this one; it imports what it uses itself.
import java.io.IOException;
import java.nio.charset.StandardCharsets;

public class Main {
    public static void main(String[] args) throws IOException {
        String[] tokens = new String(System.in.readAllBytes(), StandardCharsets.US_ASCII).trim().split("\\s+");
        int n = Integer.parseInt(tokens[0]);
        String[] words = new String[n];
        for (int i = 0; i < n; i++)
            words[i] = tokens[1 + i];
        String answer = new Solution().alienOrder(words); // judge-signature: class Solution { public String alienOrder(String[] words) }
        System.out.println(answer);
    }
}
