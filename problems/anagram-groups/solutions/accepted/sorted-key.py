from collections import Counter


class Solution:
    def anagramGroupSizes(self, words):
        # anagrams share their letters in sorted order
        groups = Counter("".join(sorted(w)) for w in words)
        return sorted(groups.values(), reverse=True)
