// WRONG: 2 x the number of matched pairs in the whole string, contiguous or not.
class Solution {
public:
    int longestValid(string s) {
        int depth = 0, pairs = 0;
        for (char c : s) {
            if (c == '(') depth++;
            else if (depth > 0) depth--, pairs++;
        }
        return 2 * pairs;
    }
};
