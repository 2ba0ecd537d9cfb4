class Solution {
public:
    int characterReplacement(string s, int k) {
        int count[26] = {0};
        int best = 0, left = 0;
        for (int right = 0; right < (int)s.size(); right++) {
            count[s[right] - 'A']++;
            // shrink until the window's most frequent letter leaves at most k others
            while (right - left + 1 - *max_element(count, count + 26) > k) {
                count[s[left] - 'A']--;
                left++;
            }
            best = max(best, right - left + 1);
        }
        return best;
    }
};
