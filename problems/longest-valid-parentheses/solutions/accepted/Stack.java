// A stack of indices in an int array; its bottom is the last unmatched ')' (or -1): after a
// ')' matches, the valid run ending at it starts just past the new top.
class Solution {
    public int longestValid(String s) {
        int n = s.length();
        int[] stack = new int[n + 1];
        int top = 0, best = 0;
        stack[0] = -1;
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) == '(') {
                stack[++top] = i;
            } else if (--top < 0) {
                top = 0;
                stack[0] = i;
            } else {
                best = Math.max(best, i - stack[top]);
            }
        }
        return best;
    }
}
