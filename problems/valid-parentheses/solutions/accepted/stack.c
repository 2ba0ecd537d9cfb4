/* Stack of open brackets; each closing bracket must match the top. O(total length). */
#include <stdio.h>
#include <stdlib.h>

static char s[500005], st[500005];

int main(void)
{
    int t;
    if (scanf("%d", &t) != 1)
        return 1;
    while (t--) {
        int len;
        if (scanf("%d", &len) != 1)
            return 1;
        if (len > 0 && scanf("%500000s", s) != 1)
            return 1;
        int top = 0, ok = 1;
        for (int i = 0; i < len && ok; i++) {
            char c = s[i];
            if (c == '(' || c == '[' || c == '{') {
                st[top++] = c;
            } else {
                char want = c == ')' ? '(' : c == ']' ? '[' : '{';
                if (top == 0 || st[top - 1] != want)
                    ok = 0;
                else
                    top--;
            }
        }
        puts(ok && top == 0 ? "YES" : "NO");
    }
    return 0;
}
