/* Hand-written lower bound (first index with a[i] >= x), then check a[i] == x. O((n+q) log n). */
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    int n, q;
    if (scanf("%d %d", &n, &q) != 2)
        return 1;
    int *a = malloc(sizeof(int) * n);
    for (int i = 0; i < n; i++)
        if (scanf("%d", &a[i]) != 1)
            return 1;
    for (int k = 0; k < q; k++) {
        int x;
        if (scanf("%d", &x) != 1)
            return 1;
        int lo = 0, hi = n; /* answer in [lo, hi] */
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (a[mid] < x)
                lo = mid + 1;
            else
                hi = mid;
        }
        printf("%d\n", lo < n && a[lo] == x ? lo : -1);
    }
    free(a);
    return 0;
}
