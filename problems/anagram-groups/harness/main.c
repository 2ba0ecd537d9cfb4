/* anagram-groups harness (C): reads the test, calls anagram_group_sizes() from the user's
 * solution.c and prints the returned sizes in order, separated by spaces. The usual headers
 * come before the user's code. */
#include <limits.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "solution.c"

static char harness_word[1000008];

int main(void)
{
    int n;
    if (scanf("%d", &n) != 1 || n < 1)
        return 1;
    char **words = malloc(sizeof(char *) * (size_t)n);
    if (!words)
        return 1;
    for (int i = 0; i < n; i++) {
        if (scanf("%1000002s", harness_word) != 1)
            return 1;
        size_t len = strlen(harness_word);
        words[i] = malloc(len + 1);
        if (!words[i])
            return 1;
        memcpy(words[i], harness_word, len + 1);
    }
    int out_len = -1;
    int *res = anagram_group_sizes(words, n, &out_len); /* judge-signature: int *anagram_group_sizes(char **words, int n, int *out_len) */
    if (out_len < 1 || out_len > n || res == NULL) {
        fprintf(stderr, "harness: anagram_group_sizes must return between 1 and %d sizes (got "
                "out_len=%d%s)\n", n, out_len, res == NULL ? ", NULL" : "");
        printf("invalid\n");
        return 0;
    }
    for (int i = 0; i < out_len; i++)
        printf(i ? " %d" : "%d", res[i]);
    printf("\n");
    return 0;
}
