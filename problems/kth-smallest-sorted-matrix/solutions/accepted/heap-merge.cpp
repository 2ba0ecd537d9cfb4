// Answers the queries in increasing order of k with one k-way merge of the rows (a min-heap
// of row heads), popping n*n values at most once in total: O(n^2 log n + q log q).
class Solution {
public:
    vector<int> kthSmallest(vector<vector<int>>& matrix, vector<int>& queries) {
        int n = matrix.size(), q = queries.size();
        vector<int> order(q);
        iota(order.begin(), order.end(), 0);
        sort(order.begin(), order.end(), [&](int a, int b) { return queries[a] < queries[b]; });
        priority_queue<tuple<int, int, int>, vector<tuple<int, int, int>>, greater<>> heap;
        for (int i = 0; i < n; i++) heap.push({matrix[i][0], i, 0});
        vector<int> res(q);
        int popped = 0, last = 0;
        for (int idx : order) {
            while (popped < queries[idx]) {
                auto [v, i, j] = heap.top();
                heap.pop();
                last = v;
                popped++;
                if (j + 1 < n) heap.push({matrix[i][j + 1], i, j + 1});
            }
            res[idx] = last;
        }
        return res;
    }
};
