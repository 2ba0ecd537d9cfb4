/* Monotonic deque (array with head/tail) of indices with decreasing values. O(n). */
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    int n, k;
    if (scanf("%d %d", &n, &k) != 2)
        return 1;
    int *a = malloc(sizeof(int) * n), *dq = malloc(sizeof(int) * n);
    for (int i = 0; i < n; i++)
        if (scanf("%d", &a[i]) != 1)
            return 1;
    int head = 0, tail = 0;
    for (int i = 0; i < n; i++) {
        while (tail > head && a[dq[tail - 1]] <= a[i])
            tail--;
        dq[tail++] = i;
        if (dq[head] <= i - k)
            head++;
        if (i >= k - 1)
            printf("%d%c", a[dq[head]], i == n - 1 ? '\n' : ' ');
    }
    free(a);
    free(dq);
    return 0;
}
