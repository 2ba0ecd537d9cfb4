class Solution:
    def minWindow(self, s, t):
        need = [0] * 26
        for ch in t:
            need[ord(ch) - 97] += 1
        missing = len(t)  # letters of t (with multiplicity) not yet in the window
        codes = [ord(ch) - 97 for ch in s]
        best = 0
        left = 0
        for right, c in enumerate(codes):
            if need[c] > 0:
                missing -= 1
            need[c] -= 1
            if missing == 0:
                while need[codes[left]] < 0:  # drop letters the window has to spare
                    need[codes[left]] += 1
                    left += 1
                if best == 0 or right - left + 1 < best:
                    best = right - left + 1
                need[codes[left]] += 1  # give up the first needed letter, look further
                missing += 1
                left += 1
        return best
