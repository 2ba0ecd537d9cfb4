// WRONG: KMP that starts over (k = 0) after each full match instead of falling back along
// the border, so overlapping occurrences are missed: "aba" in "abababa" gives 2, not 3.
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
                k = 0;
            }
        }
        return count;
    }
};
