// Wrong: takes the count of the letter just added as the window's most frequent count, and
// shrinks the window for it; a window whose majority letter is not the last one is lost.
class Solution {
public:
    int characterReplacement(string s, int k) {
        int count[26] = {0};
        int best = 0, left = 0;
        for (int right = 0; right < (int)s.size(); right++) {
            int c = s[right] - 'A';
            count[c]++;
            while (right - left + 1 - count[c] > k) {
                count[s[left] - 'A']--;
                left++;
            }
            best = max(best, right - left + 1);
        }
        return best;
    }
};
