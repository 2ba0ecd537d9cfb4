// interactor.cpp: the validator of "guess", run interactively (Kattis conventions).
// Usage: interactor input answer feedback_dir; its stdout is the submission's stdin.
#include <cstdio>
#include <string>

static int wrong(const char *feedback_dir, const char *why)
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
        return 2;
    FILE *in = std::fopen(argv[1], "r");
    long secret;
    if (!in || std::fscanf(in, "%ld", &secret) != 1)
        return 2;
    std::fclose(in);
    for (int asked = 0; asked < 10; asked++) {
        char mark;
        long x;
        if (std::scanf(" %c %ld", &mark, &x) != 2 || mark != '?')
            return wrong(argv[3], "expected a question '? x'");
        if (x == secret) {
            std::printf("=\n");
            std::fflush(stdout);
            return 42;
        }
        std::printf(x < secret ? ">\n" : "<\n");
        std::fflush(stdout);
    }
    return wrong(argv[3], "more than 10 questions");
}
