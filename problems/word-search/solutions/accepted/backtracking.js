// Depth-first search from every cell: a cell of the current path is marked '#' in the board
// (this call's own copy) and gets its letter back when the search returns from it.
var exist = function(board, word) {
    const rows = board.length, cols = board[0].length;
    const search = (i, r, c) => {
        if (r < 0 || r >= rows || c < 0 || c >= cols || board[r][c] !== word[i]) return false;
        if (i === word.length - 1) return true;
        board[r][c] = '#';
        const found = search(i + 1, r + 1, c) || search(i + 1, r - 1, c) ||
                      search(i + 1, r, c + 1) || search(i + 1, r, c - 1);
        board[r][c] = word[i];
        return found;
    };
    for (let r = 0; r < rows; r++)
        for (let c = 0; c < cols; c++)
            if (search(0, r, c)) return true;
    return false;
};
