// Treats t as a set of letters: a window holding each letter of t once is accepted, even when
// t needs a letter twice.
class Solution {
public:
    int minWindow(string s, string t) {
        int need[26] = {0};
        for (char c : t) need[c - 'a'] = 1;
        int missing = 0;
        for (int c = 0; c < 26; c++) missing += need[c];
        int best = 0, left = 0;
        for (int right = 0; right < (int)s.size(); right++) {
            if (need[s[right] - 'a']-- > 0) missing--;
            while (missing == 0) {
                int len = right - left + 1;
                if (best == 0 || len < best) best = len;
                if (++need[s[left] - 'a'] > 0) missing++;
                left++;
            }
        }
        return best;
    }
};
