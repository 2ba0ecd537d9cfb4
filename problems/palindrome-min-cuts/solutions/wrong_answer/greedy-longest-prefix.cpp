// WRONG: cuts off the longest palindromic prefix again and again. On "aaba" it takes "aa",
// then "b" and "a" (2 cuts), while "a" + "aba" needs 1.
class Solution {
    static bool palindrome(const string &s, int i, int j) {
        while (i < j)
            if (s[i++] != s[j--]) return false;
        return true;
    }
public:
    int minCut(string s) {
        int n = s.size(), cuts = -1;
        for (int start = 0; start < n;) {
            int end = n - 1;
            while (!palindrome(s, start, end)) end--;
            cuts++;
            start = end + 1;
        }
        return cuts;
    }
};
