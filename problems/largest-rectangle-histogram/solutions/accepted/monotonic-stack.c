/* Monotonic stack of bar indices with rising heights. When a bar no taller than the top
 * arrives, the top's rectangle ends just before it and starts just after the bar below it in
 * the stack. A virtual bar of height 0 after the last one flushes the stack. 64-bit areas. */
long long largest_rectangle_area(const int *heights, int n) {
    int *stack = malloc(sizeof(int) * (size_t)(n + 1));
    int top = 0;
    long long best = 0;
    for (int i = 0; i <= n; i++) {
        int h = i < n ? heights[i] : 0;
        while (top > 0 && heights[stack[top - 1]] >= h) {
            long long height = heights[stack[--top]];
            int left = top > 0 ? stack[top - 1] : -1;
            long long area = height * (i - left - 1);
            if (area > best) best = area;
        }
        stack[top++] = i;
    }
    free(stack);
    return best;
}
