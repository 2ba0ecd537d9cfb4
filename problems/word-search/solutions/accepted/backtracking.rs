// Depth-first search from every cell, with a visited grid for the cells of the current path.
impl Solution {
    pub fn exist(board: Vec<Vec<char>>, word: String) -> bool {
        fn search(board: &[Vec<char>], used: &mut Vec<Vec<bool>>, word: &[char], i: usize,
                  r: usize, c: usize) -> bool {
            if used[r][c] || board[r][c] != word[i] {
                return false;
            }
            if i + 1 == word.len() {
                return true;
            }
            used[r][c] = true;
            let (rows, cols) = (board.len(), board[0].len());
            let found = (r + 1 < rows && search(board, used, word, i + 1, r + 1, c))
                || (r > 0 && search(board, used, word, i + 1, r - 1, c))
                || (c + 1 < cols && search(board, used, word, i + 1, r, c + 1))
                || (c > 0 && search(board, used, word, i + 1, r, c - 1));
            used[r][c] = false;
            found
        }
        let word: Vec<char> = word.chars().collect();
        let mut used = vec![vec![false; board[0].len()]; board.len()];
        for r in 0..board.len() {
            for c in 0..board[0].len() {
                if search(&board, &mut used, &word, 0, r, c) {
                    return true;
                }
            }
        }
        false
    }
}
