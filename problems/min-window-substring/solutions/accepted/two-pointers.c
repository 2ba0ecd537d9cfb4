int min_window(const char *s, const char *t)
{
    int need[26] = {0};
    int missing = 0;
    for (const char *p = t; *p; p++, missing++)
        need[*p - 'a']++;
    int best = 0, left = 0;
    for (int right = 0; s[right]; right++) {
        if (need[s[right] - 'a']-- > 0)
            missing--;
        while (missing == 0) {
            int len = right - left + 1;
            if (best == 0 || len < best)
                best = len;
            if (++need[s[left] - 'a'] > 0)
                missing++;
            left++;
        }
    }
    return best;
}
