/* sysv_ipc.c: creates an IPC object that would outlive the run. argv[1]: shm, sem, msg or mq
 * (a POSIX message queue). Every one is a blocked call. */
#include "attack.h"
#include <fcntl.h>
#include <mqueue.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>

int main(int argc, char **argv)
{
    report_id();
    if (argc < 2)
        return 2;
    const char *kind = argv[1];
    key_t key = 0x5b0c0de;
    if (strcmp(kind, "shm") == 0)
        TRY_BLOCKED(shmget(key, 1 << 20, IPC_CREAT | 0666), "shmget");
    else if (strcmp(kind, "sem") == 0)
        TRY_BLOCKED(semget(key, 1, IPC_CREAT | 0666), "semget");
    else if (strcmp(kind, "msg") == 0)
        TRY_BLOCKED(msgget(key, IPC_CREAT | 0666), "msgget");
    else if (strcmp(kind, "mq") == 0) {
        char name[128];
        snprintf(name, sizeof(name), "/%s", token());
        TRY_BLOCKED(mq_open(name, O_CREAT | O_RDWR, 0666, NULL), "mq_open");
    }
    return 0;
}
