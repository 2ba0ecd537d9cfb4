/* cpu_threads.c: argv[1] threads (default 2) burn CPU. The time limit counts the CPU time
 * of all of them, so it is reached in less wall time than the limit. */
#include "attack.h"
#include <pthread.h>

static void *burn(void *arg)
{
    (void)arg;
    burn_forever();
    return NULL;
}

int main(int argc, char **argv)
{
    report_id();
    int n = argc > 1 ? atoi(argv[1]) : 2;
    for (int i = 1; i < n; i++) {
        pthread_t t;
        if (pthread_create(&t, NULL, burn, NULL) != 0)
            WRONG("pthread_create failed");
    }
    burn(NULL);
    return 0;
}
