// Depth-first search from every cell, with a visited grid for the cells of the current path.
class Solution {
    int rows, cols;
    vector<vector<bool>> used;

    bool search(const vector<vector<char>>& board, const string& word, size_t i, int r, int c) {
        if (r < 0 || r >= rows || c < 0 || c >= cols || used[r][c] || board[r][c] != word[i])
            return false;
        if (i + 1 == word.size()) return true;
        used[r][c] = true;
        static const int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
        bool found = false;
        for (int d = 0; d < 4 && !found; d++)
            found = search(board, word, i + 1, r + dr[d], c + dc[d]);
        used[r][c] = false;
        return found;
    }

public:
    bool exist(vector<vector<char>>& board, string word) {
        rows = board.size();
        cols = board[0].size();
        used.assign(rows, vector<bool>(cols, false));
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                if (search(board, word, 0, r, c)) return true;
        return false;
    }
};
