// The interval DP: pal[i][j] (s[i..j] is a palindrome) holds when s[i] == s[j] and s[i+1..j-1]
// is one. O(n^2) time and memory (n^2 bytes: 4 MB at the limit).
class Solution {
public:
    int longestPalindrome(string s) {
        int n = s.size(), best = 1;
        vector<vector<char>> pal(n, vector<char>(n, 0));
        for (int i = n - 1; i >= 0; i--)
            for (int j = i; j < n; j++)
                if (s[i] == s[j] && (j - i < 2 || pal[i + 1][j - 1])) {
                    pal[i][j] = 1;
                    best = max(best, j - i + 1);
                }
        return best;
    }
};
