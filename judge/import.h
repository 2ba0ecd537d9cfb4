/* import.h: a Competitive Companion payload (one problem page as JSON) made a native package. */
#ifndef JUDGE_IMPORT_H
#define JUDGE_IMPORT_H

#include "judge/library.h"

#include <stddef.h>

/*
 * Competitive Companion (the browser extension cph and cpeditor use) sends a problem page as
 * one JSON object: "name", "group", "url", "interactive", "memoryLimit" (MB), "timeLimit" (ms),
 * "tests" [{"input", "output"}], "testType", "input"/"output" {"type"}, "languages", "batch".
 * The payload is untrusted (any web page's parser made it, and `judge listen` takes it from a
 * socket): every part of it is bounded below, and what it names never becomes a path.
 */
#define IMPORT_PAYLOAD_MAX (16 << 20)     /* bytes of one payload */
#define IMPORT_TESTS_MAX   100            /* sample tests in one payload */
#define IMPORT_TEST_MAX    (4 << 20)      /* bytes of one test's input, and of its output */
#define IMPORT_NAME_MAX    256            /* bytes of the problem's name */
#define IMPORT_URL_MAX     2048           /* bytes of its URL */
#define IMPORT_ID_MAX      LIBRARY_ID_MAX /* bytes of a package id */

enum import_status {
    IMPORT_OK = 0,
    IMPORT_REFUSED = -1, /* the payload, the id or the library is not acceptable (exit 2) */
    IMPORT_FAILED = -2,  /* writing the package failed (the disk, exit 3) */
    IMPORT_EXISTS = -3,  /* a package of that id is there already: not replaced (exit 2) */
};

/* What an import made. */
struct import_result {
    char *id;   /* the package's id */
    char *path; /* the package's path: library/id */
};

/* Whether id can name a package: 1 to IMPORT_ID_MAX bytes of lowercase ASCII letters, digits
 * and '-' (library_id_check, and the form of slugs: no capitals, no '_'). */
int import_valid_id(const char *id);

/* The id a name slugs to: lowercase ASCII letters and digits, every other run of characters
 * one '-', none at either end, at most IMPORT_ID_MAX bytes. Malloc'ed; "" when nothing is
 * left (a name in another script). */
char *import_slug(const char *name);

/* Reads a payload from fd (a file or a stream: standard input, a pipe) to its end, at most
 * IMPORT_PAYLOAD_MAX bytes: an endless stream is read no further than that. Returns a
 * malloc'ed NUL-terminated buffer and its length, or NULL with "what: ..." in err. */
char *import_read_payload(int fd, const char *what, size_t *len, char *err, size_t errlen);

/* Makes the package the payload describes in the library folder (which must exist): its
 * problem.json (title, limits, the URL as "source", the "tokens" checker), statement.md (the
 * title and a link to the original statement) and the samples as tests/sample-N.in/.ans, with
 * empty generator/ and solutions/accepted/ folders to fill. id: the package's id, or NULL for
 * the name's slug (else, for a name in another script, the URL's). The package is written in a
 * hidden temporary folder of the library and renamed into place: an existing package is never
 * replaced, and on failure nothing is left. what names the payload in messages ("x.json").
 * Returns IMPORT_OK with *res filled (release with import_result_release), or IMPORT_REFUSED,
 * IMPORT_EXISTS or IMPORT_FAILED with a one-line message in err naming the field. Interactive
 * problems are refused: the package would need an interactor the page does not give. */
enum import_status import_payload(const char *payload, size_t len, const char *what,
                                  const char *library, const char *id, struct import_result *res,
                                  char *err, size_t errlen);

void import_result_release(struct import_result *res);

#endif
