# From every start, a fresh count grown to the right until it covers t: O(|s|^2).
class Solution:
    def minWindow(self, s, t):
        need = {}
        for ch in t:
            need[ch] = need.get(ch, 0) + 1
        best = 0
        for i in range(len(s)):
            have = {}
            missing = len(t)
            for j in range(i, len(s)):
                ch = s[j]
                have[ch] = have.get(ch, 0) + 1
                if have[ch] <= need.get(ch, 0):
                    missing -= 1
                if missing == 0:
                    if best == 0 or j - i + 1 < best:
                        best = j - i + 1
                    break
        return best
