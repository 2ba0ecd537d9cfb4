// WRONG: only the left-to-right counting pass. A run closed while some '(' before it is still
// open never brings the counts level, so "(()" gives 0 instead of 2.
class Solution {
public:
    int longestValid(string s) {
        int best = 0, open = 0, close = 0;
        for (char c : s) {
            (c == '(' ? open : close)++;
            if (open == close) best = max(best, 2 * close);
            else if (close > open) open = close = 0;
        }
        return best;
    }
};
