// Reference for longest-valid-parentheses: a stack of indices whose bottom is the position of
// the last unmatched ')' (or -1); after a ')' matches, the valid run ending there starts just
// past the new top. Fails (exit 2) on an input outside the constraints.
#include <cstdio>
#include <cstring>
#include <vector>
using namespace std;

static char s[500008];

int main() {
    if (scanf("%500002s", s) != 1) return 2;
    int n = strlen(s);
    if (n < 1 || n > 500000) return 2;
    char extra[2];
    if (scanf("%1s", extra) == 1) return 2;
    vector<int> st;
    st.push_back(-1);
    int best = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] == '(') {
            st.push_back(i);
        } else if (s[i] == ')') {
            st.pop_back();
            if (st.empty())
                st.push_back(i);
            else if (i - st.back() > best)
                best = i - st.back();
        } else {
            return 2;
        }
    }
    printf("%d\n", best);
    return 0;
}
