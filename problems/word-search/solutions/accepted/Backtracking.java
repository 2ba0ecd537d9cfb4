// Depth-first search from every cell: a cell of the current path is marked '#' in the board
// (this call's own copy) and gets its letter back when the search returns from it.
class Solution {
    private char[][] board;
    private String word;

    public boolean exist(char[][] board, String word) {
        this.board = board;
        this.word = word;
        for (int r = 0; r < board.length; r++)
            for (int c = 0; c < board[0].length; c++)
                if (search(0, r, c)) return true;
        return false;
    }

    private boolean search(int i, int r, int c) {
        if (r < 0 || r >= board.length || c < 0 || c >= board[0].length
            || board[r][c] != word.charAt(i))
            return false;
        if (i == word.length() - 1) return true;
        board[r][c] = '#';
        boolean found = search(i + 1, r + 1, c) || search(i + 1, r - 1, c)
                        || search(i + 1, r, c + 1) || search(i + 1, r, c - 1);
        board[r][c] = word.charAt(i);
        return found;
    }
}
