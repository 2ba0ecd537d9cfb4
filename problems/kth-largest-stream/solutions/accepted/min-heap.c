/* Min-heap holding the k largest values so far; its root is the k-th largest. O(n log k). */
#include <stdio.h>
#include <stdlib.h>

static int *h;
static int sz;

static void push(int x)
{
    int i = sz++;
    while (i > 0 && h[(i - 1) / 2] > x) {
        h[i] = h[(i - 1) / 2];
        i = (i - 1) / 2;
    }
    h[i] = x;
}

static void pop(void)
{
    int x = h[--sz], i = 0;
    for (;;) {
        int c = 2 * i + 1;
        if (c >= sz)
            break;
        if (c + 1 < sz && h[c + 1] < h[c])
            c++;
        if (h[c] >= x)
            break;
        h[i] = h[c];
        i = c;
    }
    h[i] = x;
}

int main(void)
{
    int n, k;
    if (scanf("%d %d", &n, &k) != 2)
        return 1;
    h = malloc(sizeof(int) * (k + 1));
    for (int i = 0; i < n; i++) {
        int x;
        if (scanf("%d", &x) != 1)
            return 1;
        push(x);
        if (sz > k)
            pop();
        printf("%d\n", sz == k ? h[0] : -1);
    }
    free(h);
    return 0;
}
