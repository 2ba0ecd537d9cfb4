// WRONG: demands strictly more gas than cost in total; a total of exactly zero still goes
// round (arriving with an empty tank).
class Solution {
public:
    int canCompleteCircuit(vector<int>& gas, vector<int>& cost) {
        long long total = 0, tank = 0;
        int start = 0;
        for (size_t i = 0; i < gas.size(); i++) {
            total += gas[i] - cost[i];
            tank += gas[i] - cost[i];
            if (tank < 0) {
                start = (int)i + 1;
                tank = 0;
            }
        }
        return total > 0 ? start : -1;
    }
};
