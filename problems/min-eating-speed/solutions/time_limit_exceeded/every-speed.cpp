// TOO SLOW: tries k = 1, 2, 3, ... until the hours fit: O(answer * n), and the answer can be
// 10^9. Correct answers.
class Solution {
public:
    int minEatingSpeed(vector<int>& piles, int h) {
        for (long long k = 1;; k++) {
            long long hours = 0;
            for (int p : piles) hours += (p + k - 1) / k;
            if (hours <= h) return (int)k;
        }
    }
};
