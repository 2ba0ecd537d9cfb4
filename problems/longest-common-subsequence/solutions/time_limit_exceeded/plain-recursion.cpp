// Naive: the recursion on (i, j) without memo. On a mismatch it tries both skips, so the
// same pairs are solved again and again: exponential time.
class Solution {
    string a, b;
    int best(int i, int j) {
        if (i == (int)a.size() || j == (int)b.size()) return 0;
        if (a[i] == b[j]) return 1 + best(i + 1, j + 1);
        return max(best(i + 1, j), best(i, j + 1));
    }
public:
    int longestCommonSubsequence(string text1, string text2) {
        a = text1;
        b = text2;
        return best(0, 0);
    }
};
