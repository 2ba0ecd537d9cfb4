// Too slow: from every start, scans right keeping the depth, recording each return to depth
// 0 and stopping when it goes negative. O(n^2) on long well-formed stretches.
class Solution {
public:
    int longestValid(string s) {
        int n = s.size(), best = 0;
        for (int i = 0; i < n; i++) {
            int depth = 0;
            for (int j = i; j < n; j++) {
                depth += s[j] == '(' ? 1 : -1;
                if (depth < 0) break;
                if (depth == 0 && j - i + 1 > best) best = j - i + 1;
            }
        }
        return best;
    }
};
