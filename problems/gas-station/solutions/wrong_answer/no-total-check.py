# WRONG: the one-pass greedy without the total check: when the total gas is short, it still
# returns the last candidate start instead of -1.
class Solution:
    def canCompleteCircuit(self, gas, cost):
        tank = start = 0
        for i in range(len(gas)):
            tank += gas[i] - cost[i]
            if tank < 0:
                start = i + 1
                tank = 0
        return start if start < len(gas) else -1
