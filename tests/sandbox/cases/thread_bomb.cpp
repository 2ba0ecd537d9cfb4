// thread_bomb.cpp: starts std::threads until it cannot; the process limit (--processes) caps
// them. Prints how many it got and exits 0; no thread may outlive the run.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <system_error>
#include <thread>
#include <vector>
#include <unistd.h>

static std::atomic<bool> stop{false};

int main()
{
    char ns[64] = "unknown";
    ssize_t n = readlink("/proc/self/ns/pid", ns, sizeof(ns) - 1);
    if (n > 0)
        ns[n] = '\0';
    std::printf("SBXID uid=%d ns=%s\n", (int)getuid(), ns);
    std::fflush(stdout);
    std::vector<std::thread> threads;
    try {
        for (int i = 0; i < 10000; i++)
            threads.emplace_back([] {
                while (!stop)
                    std::this_thread::sleep_for(std::chrono::milliseconds(10));
            });
    } catch (const std::system_error &e) {
        std::printf("NOTE refused: %s\n", e.what());
    }
    std::printf("THREADS %zu\n", threads.size());
    std::fflush(stdout);
    // Leave them running: the run ends with the process, and the threads with it.
    std::quick_exit(0);
}
