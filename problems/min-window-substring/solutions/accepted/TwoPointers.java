class Solution {
    public int minWindow(String s, String t) {
        int[] need = new int[26];
        for (int i = 0; i < t.length(); i++)
            need[t.charAt(i) - 'a']++;
        int missing = t.length(), best = 0, left = 0;
        for (int right = 0; right < s.length(); right++) {
            if (need[s.charAt(right) - 'a']-- > 0)
                missing--;
            while (missing == 0) {
                int len = right - left + 1;
                if (best == 0 || len < best)
                    best = len;
                if (++need[s.charAt(left) - 'a'] > 0)
                    missing++;
                left++;
            }
        }
        return best;
    }
}
