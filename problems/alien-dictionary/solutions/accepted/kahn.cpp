// Kahn's algorithm with a min-heap of letters: the smallest available letter goes next.
class Solution {
public:
    string alienOrder(vector<string>& words) {
        bool present[26] = {}, edge[26][26] = {};
        int indegree[26] = {};
        for (auto &w : words)
            for (char c : w) present[c - 'a'] = true;
        for (size_t i = 0; i + 1 < words.size(); i++) {
            const string &a = words[i], &b = words[i + 1];
            size_t k = 0;
            while (k < a.size() && k < b.size() && a[k] == b[k]) k++;
            if (k < a.size() && k < b.size()) {
                int x = a[k] - 'a', y = b[k] - 'a';
                if (!edge[x][y]) edge[x][y] = true, indegree[y]++;
            } else if (a.size() > b.size()) {
                return "";
            }
        }
        priority_queue<int, vector<int>, greater<int>> heap;
        int letters = 0;
        for (int c = 0; c < 26; c++) {
            letters += present[c];
            if (present[c] && indegree[c] == 0) heap.push(c);
        }
        string order;
        while (!heap.empty()) {
            int x = heap.top();
            heap.pop();
            order += char('a' + x);
            for (int y = 0; y < 26; y++)
                if (edge[x][y] && --indegree[y] == 0) heap.push(y);
        }
        return (int)order.size() == letters ? order : "";
    }
};
