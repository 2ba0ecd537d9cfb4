// WRONG: off-by-one in the bounds: on ">" it sets lo = mid instead of mid + 1, so once the range
// is [x, x + 1] and the secret is x + 1 it asks x forever and runs out of queries.
#include <iostream>
#include <string>
using namespace std;

int main() {
    long long lo = 1, hi = 1000000000;
    while (lo <= hi) {
        long long mid = (lo + hi) / 2;
        cout << "? " << mid << endl;
        string reply;
        if (!(cin >> reply)) return 0;
        if (reply == "=") return 0;
        if (reply == "<") hi = mid - 1;
        else lo = mid;
    }
    return 0;
}
