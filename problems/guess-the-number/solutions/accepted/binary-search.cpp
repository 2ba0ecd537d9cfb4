// Binary search over [1, 10^9]: at most 30 queries. endl flushes after every query.
#include <iostream>
#include <string>
using namespace std;

int main() {
    long long lo = 1, hi = 1000000000;
    while (lo <= hi) {
        long long mid = lo + (hi - lo) / 2;
        cout << "? " << mid << endl;
        string reply;
        if (!(cin >> reply)) return 0;
        if (reply == "=") return 0;
        if (reply == "<") hi = mid - 1;
        else lo = mid + 1;
    }
    return 0;
}
