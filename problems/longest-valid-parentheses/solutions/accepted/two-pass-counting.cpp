// Two passes with counters, O(1) memory: left to right, count '(' and ')'; equal counts close a
// valid run, more ')' than '(' resets both. Right to left the same with the roles swapped,
// which catches the runs that a surplus of '(' hid from the first pass ("(()").
class Solution {
public:
    int longestValid(string s) {
        int n = s.size(), best = 0, open = 0, close = 0;
        for (int i = 0; i < n; i++) {
            (s[i] == '(' ? open : close)++;
            if (open == close) best = max(best, 2 * close);
            else if (close > open) open = close = 0;
        }
        open = close = 0;
        for (int i = n - 1; i >= 0; i--) {
            (s[i] == '(' ? open : close)++;
            if (open == close) best = max(best, 2 * open);
            else if (open > close) open = close = 0;
        }
        return best;
    }
};
