/* web.h: the group's pages: web/pages/'s files, served by `judge serve` as they are. */
#ifndef JUDGE_WEB_H
#define JUDGE_WEB_H

#include "judge/httpd.h"

#include <stdbool.h>

/* The largest file served (the pages and the libraries they use are far smaller). */
#define WEB_FILE_MAX (8u << 20)

/*
 * The pages are static files of the project's own (HTML, CSS, JavaScript) and the npm
 * libraries they use, which read the server's JSON API from the browser: the server never
 * builds a page from the history. "/" is index.html; "/web/NAME" is NAME, and
 * "/web/vendor/NAME" a file of the pinned libraries (vendor/, copied by scripts/setup from
 * web/node_modules/).
 * Names are plain: letters, digits, '.', '-', '_' and '/' between them, no part starting with
 * a dot; a symbolic link is not followed.
 */

/* The pages' directory: dir when given, else JUDGE_WEB, else the installed one or the source
 * tree's web/pages/. Malloc'ed, or NULL when there is none. */
char *web_dir(const char *dir);

/* Whether path is a page's (not the API's): "/", "/index.html" or under "/web/". */
bool web_path(const char *path);

/* Answers a GET of a page's path from dir: the file, 404, or 405 for another method. */
void web_serve(const char *dir, const struct httpd_request *req, struct httpd_response *res);

#endif
