// TOO SLOW: tries every column for every row's queen, n^n placements (11^11 is about 3e11),
// and checks each complete placement pair by pair. Correct answers for tiny n.
class Solution {
    int n, count = 0;
    vector<int> colOf;

    bool valid() {
        for (int a = 0; a < n; a++)
            for (int b = a + 1; b < n; b++)
                if (colOf[a] == colOf[b] || abs(colOf[a] - colOf[b]) == b - a) return false;
        return true;
    }

    void fill(int row) {
        if (row == n) {
            count += valid();
            return;
        }
        for (int col = 0; col < n; col++) {
            colOf[row] = col;
            fill(row + 1);
        }
    }

public:
    int totalNQueens(int n) {
        this->n = n;
        colOf.assign(n, 0);
        fill(0);
        return count;
    }
};
