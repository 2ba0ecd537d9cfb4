// WRONG: expands only around letters, so it finds only odd-length palindromes: "abba" gives
// 1, not 4.
class Solution {
public:
    int longestPalindrome(string s) {
        int n = s.size(), best = 0;
        for (int c = 0; c < n; c++) {
            int lo = c, hi = c;
            while (lo >= 0 && hi < n && s[lo] == s[hi]) lo--, hi++;
            best = max(best, hi - lo - 1);
        }
        return best;
    }
};
