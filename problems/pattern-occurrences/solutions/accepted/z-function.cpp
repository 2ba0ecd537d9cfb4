// The Z-function of pattern + '#' + text: z[i] is the length of the longest common prefix
// of the whole string and its suffix at i; the pattern occurs where z reaches its length.
class Solution {
public:
    int countOccurrences(string text, string pattern) {
        string s = pattern + "#" + text;
        int n = s.size(), m = pattern.size(), count = 0;
        vector<int> z(n, 0);
        for (int i = 1, l = 0, r = 0; i < n; i++) {
            if (i < r) z[i] = min(r - i, z[i - l]);
            while (i + z[i] < n && s[z[i]] == s[i + z[i]]) z[i]++;
            if (i + z[i] > r) l = i, r = i + z[i];
            if (i > m && z[i] == m) count++;
        }
        return count;
    }
};
