// Naive: compares the pattern letter by letter at every position of the text, O(|text| *
// |pattern|). "aaa...ab" against "aaa...a" runs almost the whole pattern at every position:
// about 4 * 10^10 comparisons.
class Solution {
public:
    int countOccurrences(string text, string pattern) {
        int n = text.size(), m = pattern.size(), count = 0;
        for (int i = 0; i + m <= n; i++) {
            int j = 0;
            while (j < m && text[i + j] == pattern[j]) j++;
            if (j == m) count++;
        }
        return count;
    }
};
