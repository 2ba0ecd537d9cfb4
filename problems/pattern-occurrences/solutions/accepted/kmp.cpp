// The prefix function (KMP): on a mismatch, and after a full match, the match falls back
// along the pattern's borders, so overlapping occurrences count. O(|text| + |pattern|).
class Solution {
public:
    int countOccurrences(string text, string pattern) {
        int m = pattern.size();
        vector<int> fail(m, 0);
        for (int i = 1, k = 0; i < m; i++) {
            while (k && pattern[k] != pattern[i]) k = fail[k - 1];
            if (pattern[k] == pattern[i]) k++;
            fail[i] = k;
        }
        int count = 0, k = 0;
        for (char c : text) {
            while (k && pattern[k] != c) k = fail[k - 1];
            if (pattern[k] == c && ++k == m) {
                count++;
                k = fail[k - 1];
            }
        }
        return count;
    }
};
