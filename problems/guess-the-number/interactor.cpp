// Interactor for guess-the-number (Kattis convention): run as
//   interactor input answer feedback_dir/
// with the solution's stdout on our stdin and our stdout on the solution's stdin.
// The input file holds "SECRET LIMIT". Exit 42 when the solution names the secret within LIMIT
// queries and then stops writing; exit 43 (wrong answer) on anything else. A one-line reason goes
// to feedback_dir/judgemessage.txt. EOF from the solution is a wrong answer, so we never block
// on a solution that has exited.
#include <cerrno>
#include <csignal>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

const int kAccept = 42;
const int kWrong = 43;
const int kJudgeError = 1;
const long long kMaxValue = 1000000000;
const size_t kMaxToken = 32;

std::string feedback_dir;

[[noreturn]] void finish(int code, const char *fmt, ...) {
    char message[512];
    va_list args;
    va_start(args, fmt);
    vsnprintf(message, sizeof message, fmt, args);
    va_end(args);
    std::string path = feedback_dir + "judgemessage.txt";
    FILE *f = fopen(path.c_str(), "w");
    if (f) {
        fprintf(f, "%s\n", message);
        fclose(f);
    }
    fprintf(stderr, "%s\n", message);
    exit(code);
}

// Reads the next whitespace-separated token from stdin. Returns false at EOF; a token longer
// than kMaxToken is cut there and reported as too long through *too_long.
bool read_token(std::string &token, bool *too_long) {
    token.clear();
    *too_long = false;
    int c;
    do {
        c = getchar();
    } while (c != EOF && (c == ' ' || c == '\n' || c == '\r' || c == '\t'));
    if (c == EOF) return false;
    while (c != EOF && c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        if (token.size() >= kMaxToken) {
            *too_long = true;
            return true;
        }
        token.push_back((char)c);
        c = getchar();
    }
    return true;
}

// Parses a positive decimal integer without sign; false if it is not one or is out of range.
bool parse_value(const std::string &token, long long *value) {
    if (token.empty() || token.size() > 10) return false;
    long long v = 0;
    for (char ch : token) {
        if (ch < '0' || ch > '9') return false;
        v = v * 10 + (ch - '0');
    }
    if (v < 1 || v > kMaxValue) return false;
    *value = v;
    return true;
}

void reply(const char *answer, int queries) {
    if (printf("%s\n", answer) < 0 || fflush(stdout) != 0)
        finish(kWrong, "solution stopped reading after %d queries", queries);
}

}  // namespace

int main(int argc, char **argv) {
    if (argc < 4) {
        fprintf(stderr, "usage: interactor input answer feedback_dir/\n");
        return kJudgeError;
    }
    feedback_dir = argv[3];
    if (!feedback_dir.empty() && feedback_dir.back() != '/') feedback_dir += '/';
    // Writing to a solution that has exited must be a wrong answer, not a crash of the judge.
    signal(SIGPIPE, SIG_IGN);

    long long secret = 0, limit = 0;
    FILE *in = fopen(argv[1], "r");
    if (!in || fscanf(in, "%lld %lld", &secret, &limit) != 2 || secret < 1 || secret > kMaxValue ||
        limit < 1) {
        fprintf(stderr, "%s: bad test input (want \"SECRET LIMIT\")\n", argv[1]);
        return kJudgeError;
    }
    fclose(in);

    int queries = 0;
    std::string token;
    bool too_long = false;
    for (;;) {
        if (!read_token(token, &too_long))
            finish(kWrong, "solution stopped after %d queries without finding the number", queries);
        if (too_long || token != "?")
            finish(kWrong, "query %d: expected \"?\", got \"%.32s\"", queries + 1, token.c_str());
        long long guess = 0;
        if (!read_token(token, &too_long))
            finish(kWrong, "query %d: end of output where a number was expected", queries + 1);
        if (too_long || !parse_value(token, &guess))
            finish(kWrong, "query %d: \"%.32s\" is not an integer between 1 and %lld", queries + 1,
                   token.c_str(), kMaxValue);
        queries++;
        if (queries > limit)
            finish(kWrong, "more than %lld queries (the number was %lld)", limit, secret);
        if (guess == secret) {
            reply("=", queries);
            break;
        }
        reply(secret < guess ? "<" : ">", queries);
    }

    // The solution must stop after "=": anything more it writes is a wrong answer.
    if (read_token(token, &too_long))
        finish(kWrong, "output after the number was found: \"%.32s\"", token.c_str());
    finish(kAccept, "found %lld with %d %s", secret, queries, queries == 1 ? "query" : "queries");
}
