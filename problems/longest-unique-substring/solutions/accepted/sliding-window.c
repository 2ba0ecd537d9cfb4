/* Sliding window: remember each letter's last position; the window starts after the last repeat.
 * O(n). */
#include <stdio.h>

static char s[200005];

int main(void)
{
    int n;
    if (scanf("%d", &n) != 1)
        return 1;
    if (n > 0 && scanf("%200000s", s) != 1)
        return 1;
    int last[26];
    for (int c = 0; c < 26; c++)
        last[c] = -1;
    int left = 0, best = 0;
    for (int i = 0; i < n; i++) {
        int c = s[i] - 'a';
        if (last[c] + 1 > left)
            left = last[c] + 1;
        last[c] = i;
        if (i - left + 1 > best)
            best = i - left + 1;
    }
    printf("%d\n", best);
    return 0;
}
