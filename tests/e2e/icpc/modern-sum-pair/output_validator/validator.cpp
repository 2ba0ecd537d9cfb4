// validator.cpp: an output validator for "sum pair" (Kattis conventions, no testlib).
// Usage: validator input answer feedback_dir [--distinct] < output
// Accepts two non-negative integers a b with a + b = n; with --distinct, a != b as well.
#include <cstdio>
#include <cstring>
#include <string>

static int reject(const char *feedback_dir, const char *why)
{
    std::string path = std::string(feedback_dir) + "judgemessage.txt";
    if (FILE *f = std::fopen(path.c_str(), "w")) {
        std::fprintf(f, "%s\n", why);
        std::fclose(f);
    }
    return 43;
}

int main(int argc, char **argv)
{
    if (argc < 4)
        return 2; // a judge error, never the user's fault
    bool distinct = false;
    for (int i = 4; i < argc; i++)
        distinct |= std::strcmp(argv[i], "--distinct") == 0;
    FILE *in = std::fopen(argv[1], "r");
    long long n;
    if (!in || std::fscanf(in, "%lld", &n) != 1)
        return 2;
    std::fclose(in);
    long long a, b;
    if (std::scanf("%lld %lld", &a, &b) != 2)
        return reject(argv[3], "expected two integers");
    char extra[2];
    if (std::scanf("%1s", extra) == 1)
        return reject(argv[3], "extra output after the two integers");
    if (a < 0 || b < 0)
        return reject(argv[3], "a negative number");
    if (a + b != n) {
        char why[128];
        std::snprintf(why, sizeof why, "%lld + %lld is not %lld", a, b, n);
        return reject(argv[3], why);
    }
    if (distinct && a == b)
        return reject(argv[3], "the two numbers must differ");
    return 42;
}
