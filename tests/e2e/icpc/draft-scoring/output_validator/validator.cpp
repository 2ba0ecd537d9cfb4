// validator.cpp: "pick big": any k in [0, n] is accepted, and scores k (score.txt).
#include <cstdio>
#include <string>

int main(int argc, char **argv)
{
    if (argc < 4)
        return 2;
    FILE *in = std::fopen(argv[1], "r");
    long long n, k;
    if (!in || std::fscanf(in, "%lld", &n) != 1)
        return 2;
    std::fclose(in);
    std::string dir = argv[3];
    if (std::scanf("%lld", &k) != 1 || k < 0 || k > n) {
        if (FILE *m = std::fopen((dir + "judgemessage.txt").c_str(), "w")) {
            std::fprintf(m, "k must be an integer in [0, %lld]\n", n);
            std::fclose(m);
        }
        return 43;
    }
    if (FILE *s = std::fopen((dir + "score.txt").c_str(), "w")) {
        std::fprintf(s, "%lld\n", k);
        std::fclose(s);
    }
    return 42;
}
