// anagram-groups harness (Java): reads the test, calls new Solution().anagramGroupSizes() from
// the user's Solution.java and prints the returned sizes in order, separated by spaces. The
// user's class is compiled beside this one; it imports what it uses itself.
import java.io.IOException;
import java.nio.charset.StandardCharsets;

public class Main {
    public static void main(String[] args) throws IOException {
        String[] tokens = new String(System.in.readAllBytes(), StandardCharsets.US_ASCII).trim().split("\\s+");
        int n = Integer.parseInt(tokens[0]);
        String[] words = new String[n];
        System.arraycopy(tokens, 1, words, 0, n);
        int[] res = new Solution().anagramGroupSizes(words); // judge-signature: class Solution { public int[] anagramGroupSizes(String[] words) }
        if (res == null || res.length < 1 || res.length > n) {
            System.err.println("harness: anagramGroupSizes must return between 1 and " + n
                               + " sizes (got " + (res == null ? "null" : res.length + "") + ")");
            System.out.println("invalid");
            return;
        }
        StringBuilder out = new StringBuilder(res.length * 7);
        for (int i = 0; i < res.length; i++) {
            if (i > 0)
                out.append(' ');
            out.append(res[i]);
        }
        System.out.println(out);
    }
}
