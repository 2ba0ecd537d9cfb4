// Too slow: from every start, extends the window while at most k letters differ from its
// most frequent one: O(n^2) when the windows are long.
class Solution {
public:
    int characterReplacement(string s, int k) {
        int n = s.size(), best = 0;
        for (int i = 0; i < n; i++) {
            int count[26] = {0}, most = 0;
            for (int j = i; j < n; j++) {
                most = max(most, ++count[s[j] - 'A']);
                if (j - i + 1 - most > k) break;
                best = max(best, j - i + 1);
            }
        }
        return best;
    }
};
