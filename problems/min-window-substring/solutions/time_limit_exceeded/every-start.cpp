// From every start, a fresh count grown to the right until it covers t: O(|s|^2).
class Solution {
public:
    int minWindow(string s, string t) {
        int need[26] = {0};
        for (char c : t) need[c - 'a']++;
        int n = s.size(), best = 0;
        for (int i = 0; i < n; i++) {
            int have[26] = {0};
            int missing = t.size();
            for (int j = i; j < n; j++) {
                int c = s[j] - 'a';
                if (++have[c] <= need[c]) missing--;
                if (missing == 0) {
                    if (best == 0 || j - i + 1 < best) best = j - i + 1;
                    break;
                }
            }
        }
        return best;
    }
};
