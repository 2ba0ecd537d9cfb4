// pattern-occurrences harness (Java): reads the test, calls
// new Solution().countOccurrences() from the user's Solution.java and prints the returned
// count. The user's class is compiled beside this one; it imports what it uses itself.
import java.io.IOException;
import java.nio.charset.StandardCharsets;

public class Main {
    public static void main(String[] args) throws IOException {
        String[] words = new String(System.in.readAllBytes(), StandardCharsets.US_ASCII).trim().split("\\s+");
        String text = words[0], pattern = words[1];
        int answer = new Solution().countOccurrences(text, pattern); // judge-signature: class Solution { public int countOccurrences(String text, String pattern) }
        System.out.println(answer);
    }
}
