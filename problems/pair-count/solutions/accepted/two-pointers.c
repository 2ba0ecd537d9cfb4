/* Sort; for each left index l, the partners are l+1..r where r only moves left. O(n log n). */
#include <stdio.h>
#include <stdlib.h>

static int cmp(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

int main(void)
{
    int n;
    long long k;
    if (scanf("%d %lld", &n, &k) != 2)
        return 1;
    int *a = malloc(sizeof(int) * n);
    for (int i = 0; i < n; i++)
        if (scanf("%d", &a[i]) != 1)
            return 1;
    qsort(a, n, sizeof(int), cmp);
    long long cnt = 0;
    int r = n - 1;
    for (int l = 0; l < r; l++) {
        while (r > l && (long long)a[l] + a[r] > k)
            r--;
        cnt += r - l;
    }
    printf("%lld\n", cnt);
    free(a);
    return 0;
}
