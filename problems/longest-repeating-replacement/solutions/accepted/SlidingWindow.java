class Solution {
    public int characterReplacement(String s, int k) {
        int[] count = new int[26];
        int bestCount = 0, left = 0, n = s.length();
        for (int right = 0; right < n; right++) {
            int c = s.charAt(right) - 'A';
            if (++count[c] > bestCount)
                bestCount = count[c];
            if (right - left + 1 - bestCount > k) {
                count[s.charAt(left) - 'A']--;
                left++;
            }
        }
        return n - left;
    }
}
