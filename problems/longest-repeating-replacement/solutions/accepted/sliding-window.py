class Solution:
    def characterReplacement(self, s, k):
        b = s.encode()
        count = [0] * 128
        best_count = 0  # the largest count of one letter in any window so far
        left = 0
        for right, ch in enumerate(b):
            count[ch] += 1
            if count[ch] > best_count:
                best_count = count[ch]
            # the window grows only when some letter reaches a new best count; else it slides
            if right - left + 1 - best_count > k:
                count[b[left]] -= 1
                left += 1
        return len(b) - left
