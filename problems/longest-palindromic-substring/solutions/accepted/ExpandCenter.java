// Expand around every centre: a letter (odd lengths) or the gap between two letters (even
// lengths). O(n^2) in the worst case.
class Solution {
    public int longestPalindrome(String s) {
        char[] a = s.toCharArray();
        int n = a.length, best = 0;
        for (int c = 0; c < n; c++)
            for (int w = 0; w < 2; w++) {
                int lo = c, hi = c + w;
                while (lo >= 0 && hi < n && a[lo] == a[hi]) {
                    lo--;
                    hi++;
                }
                best = Math.max(best, hi - lo - 1);
            }
        return best;
    }
}
