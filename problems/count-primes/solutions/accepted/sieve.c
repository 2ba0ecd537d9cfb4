/* One sieve of Eratosthenes up to the largest query, then below[n] = the number of primes
 * p < n for every n: each query is one look-up. */
int *count_primes(const int *queries, int q, int *out_len) {
    int top = 0;
    for (int i = 0; i < q; i++)
        if (queries[i] > top) top = queries[i];
    char *composite = calloc((size_t)top + 1, 1);
    int *below = malloc(sizeof(int) * ((size_t)top + 1));
    int *res = malloc(sizeof(int) * (size_t)q);
    for (long long i = 2; i * i < top; i++)
        if (!composite[i])
            for (long long j = i * i; j < top; j += i) composite[j] = 1;
    below[0] = 0;
    for (int n = 1; n <= top; n++)
        below[n] = below[n - 1] + (n - 1 >= 2 && !composite[n - 1]);
    for (int i = 0; i < q; i++) res[i] = below[queries[i]];
    free(composite);
    free(below);
    *out_len = q;
    return res;
}
