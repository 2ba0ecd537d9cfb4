int character_replacement(const char *s, int k)
{
    int count[26] = {0};
    int best_count = 0, left = 0, right = 0;
    for (; s[right]; right++) {
        int c = s[right] - 'A';
        if (++count[c] > best_count)
            best_count = count[c];
        if (right - left + 1 - best_count > k) {
            count[s[left] - 'A']--;
            left++;
        }
    }
    return right - left;
}
