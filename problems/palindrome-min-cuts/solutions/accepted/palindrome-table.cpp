// Two tables: pal[i][j] (s[i..j] is a palindrome: its ends match and s[i+1..j-1] is one),
// filled in O(n^2), then cut[j + 1] = min over palindromes s[i..j] of cut[i] + 1.
class Solution {
public:
    int minCut(string s) {
        int n = s.size();
        vector<vector<char>> pal(n, vector<char>(n, 0));
        vector<int> cut(n + 1);
        cut[0] = -1;
        for (int j = 0; j < n; j++) {
            cut[j + 1] = j;
            for (int i = 0; i <= j; i++)
                if (s[i] == s[j] && (j - i < 2 || pal[i + 1][j - 1])) {
                    pal[i][j] = 1;
                    cut[j + 1] = min(cut[j + 1], cut[i] + 1);
                }
        }
        return cut[n];
    }
};
