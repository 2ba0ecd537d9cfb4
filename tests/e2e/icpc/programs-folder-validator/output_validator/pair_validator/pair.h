// pair.h: what the validator of "Pair Sum" accepts, beside validator.cpp in its program folder.
#include <cstdio>
#include <string>

static bool is_pair_for(long long n, long long a, long long b)
{
    return a >= 0 && b >= 0 && a + b == n;
}

static int reject(const char *feedback_dir, const char *why)
{
    std::string path = std::string(feedback_dir) + "judgemessage.txt";
    if (FILE *f = std::fopen(path.c_str(), "w")) {
        std::fprintf(f, "%s\n", why);
        std::fclose(f);
    }
    return 43;
}
