// Reference for count-primes: one sieve of Eratosthenes up to 5 000 000 and the number of primes
// below every n. Fails (exit 2) on an input outside the constraints.
#include <cstdio>
#include <vector>
using namespace std;

int main() {
    const int LIMIT = 5000000;
    int q;
    if (scanf("%d", &q) != 1 || q < 1 || q > 100000) return 2;
    vector<int> queries(q);
    for (int &n : queries)
        if (scanf("%d", &n) != 1 || n < 0 || n > LIMIT) return 2;
    int extra;
    if (scanf("%d", &extra) == 1) return 2;

    vector<char> composite(LIMIT + 1, 0);
    vector<int> below(LIMIT + 1, 0);  // below[n] = the number of primes p < n
    for (long long i = 2; i * i <= LIMIT; i++)
        if (!composite[i])
            for (long long j = i * i; j <= LIMIT; j += i) composite[j] = 1;
    for (int n = 1; n <= LIMIT; n++) below[n] = below[n - 1] + (n - 1 >= 2 && !composite[n - 1]);

    for (int n : queries) printf("%d\n", below[n]);
    return 0;
}
