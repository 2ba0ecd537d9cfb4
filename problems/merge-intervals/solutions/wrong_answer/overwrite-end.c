/* WRONG: when merging, sets the block's end to the new interval's end instead of the maximum
 * of both, so an interval nested inside the block cuts the block short. */
#include <stdio.h>
#include <stdlib.h>

typedef struct {
    int l, r;
} iv;

static int cmp(const void *a, const void *b)
{
    const iv *x = a, *y = b;
    if (x->l != y->l)
        return x->l < y->l ? -1 : 1;
    return (x->r > y->r) - (x->r < y->r);
}

int main(void)
{
    int n;
    if (scanf("%d", &n) != 1)
        return 1;
    iv *v = malloc(sizeof(iv) * n);
    for (int i = 0; i < n; i++)
        if (scanf("%d %d", &v[i].l, &v[i].r) != 2)
            return 1;
    qsort(v, n, sizeof(iv), cmp);
    int m = 0;
    for (int i = 0; i < n; i++) {
        if (m > 0 && v[i].l <= v[m - 1].r)
            v[m - 1].r = v[i].r;
        else
            v[m++] = v[i];
    }
    printf("%d\n", m);
    for (int i = 0; i < m; i++)
        printf("%d %d\n", v[i].l, v[i].r);
    free(v);
    return 0;
}
