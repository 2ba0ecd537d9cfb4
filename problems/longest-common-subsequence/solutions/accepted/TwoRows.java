// The O(n * m) table of LCS lengths of prefixes, two rows kept.
class Solution {
    public int longestCommonSubsequence(String text1, String text2) {
        char[] a = text1.toCharArray(), b = text2.toCharArray();
        int[] prev = new int[b.length + 1], cur = new int[b.length + 1];
        for (char ch : a) {
            for (int j = 0; j < b.length; j++)
                cur[j + 1] = ch == b[j] ? prev[j] + 1 : Math.max(prev[j + 1], cur[j]);
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length];
    }
}
