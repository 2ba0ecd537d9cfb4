# One pass: whenever the tank goes negative after station i, no start from the current one up
# to i can work (each would arrive there with even less), so the next candidate is i + 1. If
# the total gas covers the total cost, the last candidate goes round; otherwise nothing does.
class Solution:
    def canCompleteCircuit(self, gas, cost):
        total = tank = start = 0
        for i in range(len(gas)):
            d = gas[i] - cost[i]
            total += d
            tank += d
            if tank < 0:
                start = i + 1
                tank = 0
        return start if total >= 0 else -1
