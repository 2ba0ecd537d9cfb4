/* Depth-first search from every cell: a cell of the current path is marked '#' in the board
 * (this call's own copy) and gets its letter back when the search returns from it. */
static bool search(char **board, int rows, int cols, const char *word, int r, int c) {
    if (r < 0 || r >= rows || c < 0 || c >= cols || board[r][c] != *word) return false;
    if (word[1] == '\0') return true;
    char letter = board[r][c];
    board[r][c] = '#';
    bool found = search(board, rows, cols, word + 1, r + 1, c) ||
                 search(board, rows, cols, word + 1, r - 1, c) ||
                 search(board, rows, cols, word + 1, r, c + 1) ||
                 search(board, rows, cols, word + 1, r, c - 1);
    board[r][c] = letter;
    return found;
}

bool exist(char **board, int rows, int cols, const char *word) {
    for (int r = 0; r < rows; r++)
        for (int c = 0; c < cols; c++)
            if (search(board, rows, cols, word, r, c)) return true;
    return false;
}
