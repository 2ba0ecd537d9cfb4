# Correct but O(n^2): tries every start in order and drives round until the tank runs dry.
class Solution:
    def canCompleteCircuit(self, gas, cost):
        n = len(gas)
        for s in range(n):
            tank = 0
            for k in range(n):
                i = (s + k) % n
                tank += gas[i] - cost[i]
                if tank < 0:
                    break
            else:
                return s
        return -1
