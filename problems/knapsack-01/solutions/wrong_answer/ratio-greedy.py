# WRONG: takes the items by value per unit of weight, best first, while they fit: a good ratio
# can waste room that two other items would fill better.
class Solution:
    def maxValue(self, weights, values, capacity):
        total = 0
        for w, v in sorted(zip(weights, values), key=lambda item: -item[1] / item[0]):
            if w <= capacity:
                capacity -= w
                total += v
        return total
