// The prefix function (KMP): on a mismatch, and after a full match, the match falls back
// along the pattern's borders, so overlapping occurrences count. O(|text| + |pattern|).
class Solution {
    public int countOccurrences(String text, String pattern) {
        char[] t = text.toCharArray(), p = pattern.toCharArray();
        int m = p.length;
        int[] fail = new int[m];
        for (int i = 1, k = 0; i < m; i++) {
            while (k > 0 && p[k] != p[i]) k = fail[k - 1];
            if (p[k] == p[i]) k++;
            fail[i] = k;
        }
        int count = 0, k = 0;
        for (char c : t) {
            while (k > 0 && p[k] != c) k = fail[k - 1];
            if (p[k] == c && ++k == m) {
                count++;
                k = fail[k - 1];
            }
        }
        return count;
    }
}
