class Solution {
    private static long countAtMost(int[][] m, long x) {
        int n = m.length, j = n - 1;
        long c = 0;
        for (int i = 0; i < n; i++) {
            while (j >= 0 && m[i][j] > x)
                j--;
            c += j + 1;
        }
        return c;
    }

    public int[] kthSmallest(int[][] matrix, int[] queries) {
        int n = matrix.length;
        int[] res = new int[queries.length];
        for (int t = 0; t < queries.length; t++) {
            long lo = matrix[0][0], hi = matrix[n - 1][n - 1];
            while (lo < hi) {
                long mid = lo + (hi - lo) / 2;
                if (countAtMost(matrix, mid) >= queries[t])
                    hi = mid;
                else
                    lo = mid + 1;
            }
            res[t] = (int) lo;
        }
        return res;
    }
}
