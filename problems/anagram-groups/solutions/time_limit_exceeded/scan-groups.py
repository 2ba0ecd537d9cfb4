# Too slow: compares each word's sorted letters with the representative of every group found
# so far: O(n * groups) comparisons, about n^2 / 2 when most words are alone.
class Solution:
    def anagramGroupSizes(self, words):
        reps, sizes = [], []
        for w in words:
            key = sorted(w)
            for g, rep in enumerate(reps):
                if rep == key:
                    sizes[g] += 1
                    break
            else:
                reps.append(key)
                sizes.append(1)
        return sorted(sizes, reverse=True)
