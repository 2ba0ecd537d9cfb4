# Wrong: groups the words by the set of their letters, so "aab" and "abb" fall together.
from collections import Counter


class Solution:
    def anagramGroupSizes(self, words):
        groups = Counter("".join(sorted(set(w))) for w in words)
        return sorted(groups.values(), reverse=True)
