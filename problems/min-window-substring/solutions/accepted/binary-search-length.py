# Binary search on the length: a window of length L that covers t exists for every L from the
# answer up (widening a covering window keeps it covering). Each probe slides a window of fixed
# length L over s in O(|s|): O(|s| log |s|) in all.
class Solution:
    def minWindow(self, s, t):
        n = len(s)
        if len(t) > n:
            return 0
        need = [0] * 26
        for ch in t:
            need[ord(ch) - 97] += 1
        codes = [ord(ch) - 97 for ch in s]
        lack0 = sum(1 for c in range(26) if need[c] > 0)

        def exists(length):
            have = [0] * 26
            lack = lack0  # letters whose count in the window is still below need
            for i, c in enumerate(codes):
                have[c] += 1
                if have[c] == need[c]:
                    lack -= 1
                if i >= length:
                    d = codes[i - length]
                    if have[d] == need[d]:
                        lack += 1
                    have[d] -= 1
                if lack == 0 and i >= length - 1:
                    return True
            return False

        if not exists(n):
            return 0
        lo, hi = len(t), n
        while lo < hi:
            mid = (lo + hi) // 2
            if exists(mid):
                hi = mid
            else:
                lo = mid + 1
        return lo
