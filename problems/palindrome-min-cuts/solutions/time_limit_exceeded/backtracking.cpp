// Too slow: tries every way to split off a palindromic first piece and recurses on the rest,
// without remembering the results: exponential on a string of one letter repeated.
class Solution {
    string s;
    static bool palindrome(const string &s, int i, int j) {
        while (i < j)
            if (s[i++] != s[j--]) return false;
        return true;
    }
    int fewest(int start) {
        if (start == (int)s.size()) return -1;
        int best = INT_MAX;
        for (int end = start; end < (int)s.size(); end++)
            if (palindrome(s, start, end)) best = min(best, 1 + fewest(end + 1));
        return best;
    }
public:
    int minCut(string str) {
        s = str;
        return fewest(0);
    }
};
