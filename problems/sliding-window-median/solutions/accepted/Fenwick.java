import java.util.*;

class Solution {
    public int[] medianSlidingWindow(int[] nums, int k) {
        int n = nums.length;
        int[] s = nums.clone();
        Arrays.sort(s);
        int m = 0;
        for (int i = 0; i < n; i++)
            if (i == 0 || s[i] != s[i - 1])
                s[m++] = s[i];
        int[] id = new int[n];
        for (int i = 0; i < n; i++)
            id[i] = Arrays.binarySearch(s, 0, m, nums[i]) + 1;
        int[] bit = new int[m + 1];
        int lg = 1;
        while ((1 << lg) <= m)
            lg++;
        int[] res = new int[n - k + 1];
        for (int i = 0; i < n; i++) {
            for (int p = id[i]; p <= m; p += p & -p)
                bit[p]++;
            if (i >= k)
                for (int p = id[i - k]; p <= m; p += p & -p)
                    bit[p]--;
            if (i >= k - 1) {
                int r = (k - 1) / 2 + 1, pos = 0;
                for (int b = lg; b >= 0; b--) {
                    int nx = pos + (1 << b);
                    if (nx <= m && bit[nx] < r) {
                        pos = nx;
                        r -= bit[nx];
                    }
                }
                res[i - k + 1] = s[pos];
            }
        }
        return res;
    }
}
