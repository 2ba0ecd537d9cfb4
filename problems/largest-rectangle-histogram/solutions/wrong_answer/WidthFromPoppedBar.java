// WRONG: pops bars at least as tall as the new one, but measures a popped bar's rectangle
// from the bar itself (width i - top) instead of from the bar below it in the stack. The
// bars popped before it, equal or taller, are lost: five bars of height 3 give 3, not 15.
class Solution {
    public long largestRectangleArea(int[] heights) {
        int n = heights.length;
        int[] stack = new int[n + 1];
        int top = 0;
        long best = 0;
        for (int i = 0; i <= n; i++) {
            int h = i < n ? heights[i] : 0;
            while (top > 0 && heights[stack[top - 1]] >= h) {
                int popped = stack[--top];
                best = Math.max(best, (long) heights[popped] * (i - popped));
            }
            stack[top++] = i;
        }
        return best;
    }
}
