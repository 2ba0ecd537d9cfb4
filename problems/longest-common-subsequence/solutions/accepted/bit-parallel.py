# Bit-parallel LCS (Allison and Dix; Hyyro's form): one row of the table is kept as a bit
# vector V (a 0 bit where the row's value steps up), stored in a Python integer; each letter
# of text2 updates the whole row with a few big-integer operations. The answer is the number
# of 0 bits of V among the first len(text1).
class Solution:
    def longestCommonSubsequence(self, text1, text2):
        masks = {}
        for i, ch in enumerate(text1):
            masks[ch] = masks.get(ch, 0) | (1 << i)
        full = (1 << len(text1)) - 1
        v = full
        for ch in text2:
            u = v & masks.get(ch, 0)
            v = ((v + u) | (v - u)) & full
        return len(text1) - bin(v).count("1")
