// WRONG: marks a cell visited but never unmarks it when the search backs out of it, so a
// cell tried on a dead-end branch (or from an earlier starting cell) stays blocked and a
// path that needs it later is missed.
class Solution {
    int rows, cols;
    vector<vector<bool>> used;

    bool search(const vector<vector<char>>& board, const string& word, size_t i, int r, int c) {
        if (r < 0 || r >= rows || c < 0 || c >= cols || used[r][c] || board[r][c] != word[i])
            return false;
        if (i + 1 == word.size()) return true;
        used[r][c] = true;
        return search(board, word, i + 1, r + 1, c) || search(board, word, i + 1, r - 1, c) ||
               search(board, word, i + 1, r, c + 1) || search(board, word, i + 1, r, c - 1);
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
