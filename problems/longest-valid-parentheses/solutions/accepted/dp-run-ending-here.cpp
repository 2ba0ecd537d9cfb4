// run[i] = the length of the longest valid substring ending at i. A ')' at i either closes
// the '(' just before it (run[i - 2] + 2), or closes the '(' just before the valid run ending
// at i - 1, which may in turn follow another valid run.
#include <algorithm>
#include <string>
#include <vector>

class Solution {
public:
    int longestValid(std::string s) {
        int n = s.size(), best = 0;
        std::vector<int> run(n, 0);
        for (int i = 1; i < n; i++) {
            if (s[i] != ')') continue;
            int j = i - 1 - run[i - 1];  // the character that must be '('
            if (j >= 0 && s[j] == '(') {
                run[i] = run[i - 1] + 2 + (j >= 1 ? run[j - 1] : 0);
                best = std::max(best, run[i]);
            }
        }
        return best;
    }
};
