/* webhook.h: posting a Markdown message to a chat's incoming webhook (Slack, Mattermost,
 * Discord) with libcurl. */
#ifndef JUDGE_WEBHOOK_H
#define JUDGE_WEBHOOK_H

#include <stddef.h>

/* Discord refuses a "content" longer than this many characters. */
#define WEBHOOK_DISCORD_MAX_CHARS 2000

/* The most of the server's answer kept for an error message, in bytes. */
#define WEBHOOK_ANSWER_MAX 512

/* The byte length of the longest prefix of the UTF-8 text s with at most max_chars
 * characters (code points), never cutting a character in two. */
size_t webhook_utf8_prefix(const char *s, size_t max_chars);

/*
 * The JSON body every supported chat accepts: {"text": markdown, "content": markdown cut to
 * WEBHOOK_DISCORD_MAX_CHARS characters (ending with "…" when cut), "username": "judge"}.
 * Slack and Mattermost read "text", Discord "content"; each ignores the others. Malloc'ed.
 */
char *webhook_payload(const char *markdown);

/* Whether url is one the judge posts to: http:// or https:// (any case) and a host. 0, or -1
 * with a one-line message in err that quotes the scheme only (the rest of a webhook URL is
 * its secret). */
int webhook_check_url(const char *url, char *err, size_t errlen);

/* "https://hooks.slack.com" from a URL, for messages: the rest of a webhook URL is its
 * secret. Malloc'ed. */
char *webhook_origin(const char *url);

/*
 * POSTs body (JSON) to url (http or https only; no redirects followed), waiting at most
 * timeout_s seconds for the whole exchange. Returns 0 when the server answered 2xx, or -1
 * with a one-line message in err: curl's error (a refused connection, a timeout), or the
 * HTTP status and the start of the server's answer.
 */
int webhook_post(const char *url, const char *body, long timeout_s, char *err, size_t errlen);

#endif
