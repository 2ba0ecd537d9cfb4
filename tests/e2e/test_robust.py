"""test_robust.py: `judge test` on what a submission can do to the boxes it runs in: leave
trees the wipe must empty, keep memory in files, flood stderr, declare arrays larger than the
memory limit; and verdicts that do not depend on how busy the machine is."""

import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _judgetest as jt  # noqa: E402
from _judgetest import check, package, run, run_json, source  # noqa: E402

SUM3 = {str(i): ("%d %d\n" % (i, i + 1), "%d\n" % (2 * i + 1)) for i in range(1, 4)}


def verdicts(o):
    return [t["verdict"] for t in o["tests"]]


def test_deep_directory_chain_between_tests():
    """A run leaves 10,050 nested directories in /tmp: the wipe before the next test in the
    same box must end (it used to start over forever), and every test is judged."""
    pkg = package("deepchain", SUM3)
    src = source("deep.c", r'''
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
int main(void) {
    int a, b;
    if (scanf("%d %d", &a, &b) != 2) return 1;
    if (chdir("/tmp") != 0) return 2;
    for (int i = 0; i < 10050; i++)
        if (mkdir("d", 0700) != 0 || chdir("d") != 0) break;
    printf("%d\n", a + b);
    return 0;
}
''')
    rc, o, err = run_json(["test", pkg, src, "-j", "1"], timeout=300)
    check(o["verdict"] == "AC" and verdicts(o) == ["AC"] * 3, f"{o['verdict']} {verdicts(o)} {err}")


def test_box_that_cannot_be_emptied_is_replaced():
    """When the wipe cannot empty a box within its budget (shortened here to 1 ms, against
    15,000 files a run left), the box is given up and the next test runs in a new one."""
    pkg = package("widetree", SUM3)
    src = source("wide.c", r'''
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
int main(void) {
    int a, b;
    if (scanf("%d %d", &a, &b) != 2) return 1;
    char p[64];
    for (int i = 0; i < 15000; i++) {
        snprintf(p, sizeof(p), "/tmp/f%d", i);
        int fd = open(p, O_CREAT | O_WRONLY, 0644);
        if (fd < 0) break;
        close(fd);
    }
    printf("%d\n", a + b);
    return 0;
}
''')
    rc, o, err = run_json(["test", pkg, src, "-j", "1"], timeout=300,
                          env={"JUDGE_SANDBOX_WIPE_BUDGET_MS": "1"})
    check(rc == 0 and verdicts(o) == ["AC"] * 3, f"rc {rc}: {verdicts(o)} {err}")


def test_static_array_larger_than_the_limit_is_mle():
    """`static long long dp[101][1000001]` (808 MB) under 256 MiB: the program's image cannot
    be loaded, which every online judge calls a memory limit, not a run-time error."""
    pkg = package("bigdp", SUM3, {"memory_limit_mb": 256})
    src = source("dp.cpp", r'''
#include <cstdio>
static long long dp[101][1000001];
int main() {
    int a, b;
    if (scanf("%d %d", &a, &b) != 2) return 1;
    for (int i = 1; i <= 100; i++)
        for (int j = 1; j <= 1000000; j += 99991)
            dp[i][j] = dp[i - 1][j] + (i == 1 ? a + b : 0);
    printf("%lld\n", dp[100][1]);
}
''')
    rc, o, err = run_json(["test", pkg, src])
    check(o["verdict"] == "MLE" and verdicts(o) == ["MLE"] * 3, f"{verdicts(o)} {err}")
    check("image" in o["tests"][0]["message"], o["tests"][0]["message"])


def test_files_in_tmp_count_as_memory():
    """200 MB kept in /tmp and /dev/shm under a 32 MiB limit is a memory limit."""
    pkg = package("tmphoard", SUM3, {"memory_limit_mb": 32})
    src = source("hoard.c", r'''
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
static char chunk[1 << 20];
int main(void) {
    int a, b;
    if (scanf("%d %d", &a, &b) != 2) return 1;
    memset(chunk, 7, sizeof(chunk));
    const char *files[] = {"/tmp/keep", "/dev/shm/keep"};
    for (int f = 0; f < 2; f++) {
        int fd = open(files[f], O_RDWR | O_CREAT | O_TRUNC, 0600);
        for (int i = 0; i < 100 && fd >= 0; i++)
            if (write(fd, chunk, sizeof(chunk)) < 0) break;
        if (fd >= 0) close(fd);
    }
    printf("%d\n", a + b);
    return 0;
}
''')
    rc, o, err = run_json(["test", pkg, src])
    check(o["verdict"] == "MLE", f"{verdicts(o)} {err}")
    check(o["tests"][0]["memory_kb"] >= 32 * 1024, f"memory reported {o['tests'][0]['memory_kb']}")


def test_stderr_flood_does_not_decide():
    """A right answer followed by 100 MB of debug output on stderr is accepted: stderr is
    kept for messages (its first 64 KiB) and otherwise ignored, as DOMjudge and Kattis do."""
    pkg = package("chatty", SUM3, {"output_limit_mb": 1})
    src = source("chatty.c", r'''
#include <stdio.h>
#include <string.h>
static char junk[4096];
int main(void) {
    int a, b;
    if (scanf("%d %d", &a, &b) != 2) return 1;
    printf("%d\n", a + b);
    fflush(stdout);
    memset(junk, 'x', sizeof(junk));
    for (int i = 0; i < 25600; i++) fwrite(junk, 1, sizeof(junk), stderr);
    return 0;
}
''')
    rc, o, err = run_json(["test", pkg, src])
    check(o["verdict"] == "AC", f"{verdicts(o)} {o['tests'][0]['message']} {err}")


def test_jobs_capped_at_the_cpus():
    """-j larger than the CPUs here is reduced, with a notice."""
    pkg = package("manyjobs", SUM3)
    src = source("sum.py", "a, b = map(int, input().split())\nprint(a + b)\n")
    rc, o, err = run_json(["test", pkg, src, "-j", "64"])
    check(rc == 0 and o["verdict"] == "AC", f"{o['verdict']} {err}")
    check("-j 64" in err and "CPUs" in err, f"no notice on stderr: {err!r}")


def test_cpu_bound_solution_under_load_is_not_tle():
    """0.5 s of CPU per test under a 1 s limit, judged with -j 8 while every CPU is kept
    busy by other work: each test waits for a CPU much of the time, which is not the
    program's doing. No TLE (it used to end on the wall-clock limit, 'waiting for input?')."""
    tests = {str(i): ("%d\n" % i, "%d\n" % i) for i in range(1, 7)}
    pkg = package("burn", tests, {"time_limit_ms": 1000})
    src = source("burn.c", r'''
#include <stdio.h>
#include <time.h>
int main(void) {
    int x;
    if (scanf("%d", &x) != 1) return 1;
    volatile unsigned long n = 0;
    struct timespec ts;
    do {
        for (int i = 0; i < 100000; i++) n++;
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    } while (ts.tv_sec * 1000 + ts.tv_nsec / 1000000 < 500);
    printf("%d\n", x);
    return 0;
}
''')
    hogs = [subprocess.Popen(["sh", "-c", "while :; do :; done"], start_new_session=True)
            for _ in range(2 * (os.cpu_count() or 1))]
    try:
        rc, o, err = run_json(["test", pkg, src, "-j", "8"], timeout=600)
    finally:
        for h in hogs:
            h.kill()
            h.wait()
    check(verdicts(o) == ["AC"] * 6, f"{verdicts(o)}: {[t['message'] for t in o['tests']]}")


if __name__ == "__main__":
    jt.main(globals())
