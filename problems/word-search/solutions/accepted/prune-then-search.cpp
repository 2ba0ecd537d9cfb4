// Depth-first search after two cheap prunings: a word needing more of some letter than the
// grid holds is rejected at once, and the word is searched reversed when its last letter is
// rarer in the grid than its first (fewer starting cells, an earlier failure).
class Solution {
    int rows, cols;

    bool search(vector<vector<char>>& board, const string& word, size_t i, int r, int c) {
        if (r < 0 || r >= rows || c < 0 || c >= cols || board[r][c] != word[i]) return false;
        if (i + 1 == word.size()) return true;
        board[r][c] = '#';
        bool found = search(board, word, i + 1, r + 1, c) || search(board, word, i + 1, r - 1, c) ||
                     search(board, word, i + 1, r, c + 1) || search(board, word, i + 1, r, c - 1);
        board[r][c] = word[i];
        return found;
    }

public:
    bool exist(vector<vector<char>>& board, string word) {
        rows = board.size();
        cols = board[0].size();
        array<int, 128> have{}, need{};
        for (auto& row : board)
            for (char ch : row) have[(unsigned char)ch]++;
        for (char ch : word)
            if (++need[(unsigned char)ch] > have[(unsigned char)ch]) return false;
        if (have[(unsigned char)word.back()] < have[(unsigned char)word.front()])
            reverse(word.begin(), word.end());
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                if (search(board, word, 0, r, c)) return true;
        return false;
    }
};
