// cut[k]: the fewest cuts of the first k letters. Each palindrome s[i..j], found by growing it
// around its centre (O(n^2) in all), gives cut[j + 1] <= cut[i] + 1.
class Solution {
    public int minCut(String str) {
        char[] s = str.toCharArray();
        int n = s.length;
        int[] cut = new int[n + 1];
        for (int k = 0; k <= n; k++) cut[k] = k - 1;
        for (int mid = 0; mid < n; mid++)
            for (int odd = 0; odd < 2; odd++)
                for (int i = mid - odd, j = mid; i >= 0 && j < n && s[i] == s[j]; i--, j++)
                    cut[j + 1] = Math.min(cut[j + 1], cut[i] + 1);
        return cut[n];
    }
}
