// Flattens and sorts the whole matrix again for every query: O(q · n^2 log n).
class Solution {
public:
    vector<int> kthSmallest(vector<vector<int>>& matrix, vector<int>& queries) {
        vector<int> res;
        for (int k : queries) {
            vector<int> all;
            for (auto& row : matrix) all.insert(all.end(), row.begin(), row.end());
            sort(all.begin(), all.end());
            res.push_back(all[k - 1]);
        }
        return res;
    }
};
