// For each letter, the longest window holding at most k other letters (two pointers): the
// block of that letter it can become. O(26 * n).
class Solution {
public:
    int characterReplacement(string s, int k) {
        int n = s.size(), best = 0;
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            int others = 0, left = 0;
            for (int right = 0; right < n; right++) {
                others += s[right] != letter;
                while (others > k) others -= s[left++] != letter;
                best = max(best, right - left + 1);
            }
        }
        return best;
    }
};
