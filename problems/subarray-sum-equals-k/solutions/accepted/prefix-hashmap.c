/* Prefix sums and a hash table (open addressing, linear probing) from each prefix sum seen so
 * far to how often it occurred; the empty prefix (0) is there from the start. O(n) expected. */
typedef struct {
    long long key;
    long long count; /* 0: the slot is free */
} slot_t;

static size_t slot_of(long long key, size_t mask)
{
    unsigned long long h = (unsigned long long)key * 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> 20) & mask;
}

static slot_t *find_slot(slot_t *table, size_t mask, long long key)
{
    size_t i = slot_of(key, mask);
    while (table[i].count != 0 && table[i].key != key)
        i = (i + 1) & mask;
    return &table[i];
}

long long subarray_sum(const int *nums, int n, int k)
{
    size_t size = 1;
    while (size < 2 * ((size_t)n + 1))
        size <<= 1;
    slot_t *table = calloc(size, sizeof(slot_t));
    if (table == NULL)
        return -1;
    size_t mask = size - 1;
    slot_t *s = find_slot(table, mask, 0);
    s->key = 0;
    s->count = 1;
    long long prefix = 0, count = 0;
    for (int i = 0; i < n; i++) {
        prefix += nums[i];
        s = find_slot(table, mask, prefix - k);
        count += s->count;
        s = find_slot(table, mask, prefix);
        s->key = prefix;
        s->count++;
    }
    free(table);
    return count;
}
