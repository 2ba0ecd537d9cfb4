/* Stack of days still waiting for a warmer one (their readings are non-increasing); a warmer day
 * resolves everything colder on top of the stack. O(n). */
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    int n;
    if (scanf("%d", &n) != 1)
        return 1;
    int *t = malloc(sizeof(int) * n), *st = malloc(sizeof(int) * n), *ans = calloc(n, sizeof(int));
    for (int i = 0; i < n; i++)
        if (scanf("%d", &t[i]) != 1)
            return 1;
    int top = 0;
    for (int i = 0; i < n; i++) {
        while (top > 0 && t[st[top - 1]] < t[i]) {
            top--;
            ans[st[top]] = i - st[top];
        }
        st[top++] = i;
    }
    for (int i = 0; i < n; i++)
        printf("%d%c", ans[i], i == n - 1 ? '\n' : ' ');
    free(t);
    free(st);
    free(ans);
    return 0;
}
