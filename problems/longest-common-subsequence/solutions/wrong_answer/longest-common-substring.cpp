// WRONG: the longest common substring (contiguous), not subsequence: a mismatch resets the
// run to 0 instead of carrying the best of the neighbours.
class Solution {
public:
    int longestCommonSubsequence(string text1, string text2) {
        int m = text2.size(), best = 0;
        vector<int> prev(m + 1, 0), cur(m + 1, 0);
        for (char ch : text1) {
            for (int j = 0; j < m; j++) {
                cur[j + 1] = ch == text2[j] ? prev[j] + 1 : 0;
                best = max(best, cur[j + 1]);
            }
            swap(prev, cur);
        }
        return best;
    }
};
