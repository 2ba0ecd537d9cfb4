/* A stack of indices; its bottom is the last unmatched ')' (or -1). When a ')' matches, the
 * valid run ending at it starts just past the new top of the stack. */
int longest_valid(const char *s) {
    int n = (int)strlen(s);
    int *stack = malloc(sizeof(int) * ((size_t)n + 1));
    int top = 0, best = 0;
    stack[0] = -1;
    for (int i = 0; i < n; i++) {
        if (s[i] == '(') {
            stack[++top] = i;
        } else if (--top < 0) {
            stack[top = 0] = i;  /* unmatched ')': the new bottom */
        } else if (i - stack[top] > best) {
            best = i - stack[top];
        }
    }
    free(stack);
    return best;
}
