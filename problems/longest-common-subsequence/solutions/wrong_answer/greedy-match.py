# WRONG: matches each letter of text1 at its first occurrence in text2 after the previous
# match. An early letter can use up text2 ("x" + "abcd" * 5 against "abcd" * 5 + "x" gives 1).
class Solution:
    def longestCommonSubsequence(self, text1, text2):
        pos, count = 0, 0
        for ch in text1:
            k = text2.find(ch, pos)
            if k >= 0:
                count += 1
                pos = k + 1
        return count
