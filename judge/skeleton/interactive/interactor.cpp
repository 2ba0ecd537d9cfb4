// The interactor (Kattis convention, docs/problem-format.md): run as
//   interactor input answer feedback_dir/
// with the solution's stdout on our stdin and our stdout on the solution's stdin. This one
// plays the example problem: it writes the test's input to the solution, reads one number
// back and compares it with the answer file. Exit 42 accepts, 43 is a wrong answer (a
// one-line reason in feedback_dir/judgemessage.txt); anything else is the interactor's own
// failure. Replace the exchange with your problem's.
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

const int kAccept = 42;
const int kWrong = 43;
std::string feedback_dir;

[[noreturn]] void finish(int code, const char *fmt, ...) {
    char message[512];
    va_list args;
    va_start(args, fmt);
    vsnprintf(message, sizeof message, fmt, args);
    va_end(args);
    FILE *f = fopen((feedback_dir + "judgemessage.txt").c_str(), "w");
    if (f) {
        fprintf(f, "%s\n", message);
        fclose(f);
    }
    exit(code);
}

} // namespace

int main(int argc, char **argv) {
    if (argc < 4)
        return 1;
    feedback_dir = argv[3];
    FILE *input = fopen(argv[1], "r");
    FILE *answer = fopen(argv[2], "r");
    if (!input || !answer)
        return 1;
    int n;
    long long expected;
    if (fscanf(input, "%d", &n) != 1 || fscanf(answer, "%lld", &expected) != 1)
        return 1;
    // The test's input, as the solution would read it from a file.
    printf("%d\n", n);
    for (int i = 0; i < n; i++) {
        long long x;
        if (fscanf(input, "%lld", &x) != 1)
            return 1;
        printf(i ? " %lld" : "%lld", x);
    }
    printf("\n");
    fflush(stdout);
    long long got;
    if (scanf("%lld", &got) != 1)
        finish(kWrong, "expected the sum, got nothing or not a number");
    if (got != expected)
        finish(kWrong, "expected %lld, got %lld", expected, got);
    int extra;
    while ((extra = getchar()) == ' ' || extra == '\n' || extra == '\r' || extra == '\t')
        ;
    if (extra != EOF)
        finish(kWrong, "more output after the sum");
    finish(kAccept, "the sum is right");
}
