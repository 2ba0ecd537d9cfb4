/* webhook.c: the chat payload and its POST with libcurl. */
#define _GNU_SOURCE
#include "judge/webhook.h"
#include "judge/util.h"

#include <cjson/cJSON.h>
#include "judge/net.h"
#include <curl/curl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

size_t webhook_utf8_prefix(const char *s, size_t max_chars)
{
    size_t bytes = 0, chars = 0;
    while (s[bytes] && chars < max_chars) {
        bytes++;
        /* Continuation bytes (10xxxxxx) belong to the character before them. */
        while (((unsigned char)s[bytes] & 0xC0) == 0x80)
            bytes++;
        chars++;
    }
    return bytes;
}

char *webhook_payload(const char *markdown)
{
    static const char ellipsis[] = "\n…";
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "text", markdown);
    size_t whole = strlen(markdown);
    size_t fits = webhook_utf8_prefix(markdown, WEBHOOK_DISCORD_MAX_CHARS);
    if (fits == whole) {
        cJSON_AddStringToObject(o, "content", markdown);
    } else {
        /* Leave room for the two characters of the ellipsis line. */
        size_t cut = webhook_utf8_prefix(markdown, WEBHOOK_DISCORD_MAX_CHARS - 2);
        char *content = xasprintf("%.*s%s", (int)cut, markdown, ellipsis);
        cJSON_AddStringToObject(o, "content", content);
        free(content);
    }
    cJSON_AddStringToObject(o, "username", "judge");
    char *body = json_print(o);
    cJSON_Delete(o);
    return body;
}

int webhook_check_url(const char *url, char *err, size_t errlen)
{
    const char *sep = strstr(url, "://");
    size_t scheme = sep ? (size_t)(sep - url) : 0;
    bool http = (scheme == 4 && strncasecmp(url, "http", 4) == 0) ||
                (scheme == 5 && strncasecmp(url, "https", 5) == 0);
    if (http && sep[3] && !strchr("/?#", sep[3]))
        return 0;
    /* The rest of a webhook URL is its secret: only the scheme is quoted. */
    if (http)
        snprintf(err, errlen, "--webhook must name a host (got %.*s:// and no host)", (int)scheme,
                 url);
    else if (sep && scheme > 0 && scheme <= 16)
        snprintf(err, errlen,
                 "--webhook must be an http:// or https:// URL (got a %.*s:// URL, which the "
                 "judge does not post to)",
                 (int)scheme, url);
    else
        snprintf(err, errlen, "--webhook must be an http:// or https:// URL");
    return -1;
}

char *webhook_origin(const char *url)
{
    const char *sep = strstr(url, "://");
    if (!sep)
        return xstrdup("the webhook");
    const char *host = sep + 3;
    size_t len = strcspn(host, "/?#");
    const char *at = memchr(host, '@', len); /* user:password@ is a secret too */
    if (at) {
        len -= (size_t)(at + 1 - host);
        host = at + 1;
    }
    return xasprintf("%.*s://%.*s", (int)(sep - url), url, (int)len, host);
}

struct answer {
    char text[WEBHOOK_ANSWER_MAX + 1];
    size_t len;
};

/* Keeps the start of the server's answer, for the error message; drops the rest. */
static size_t keep_answer(char *data, size_t size, size_t n, void *ctx)
{
    struct answer *a = ctx;
    size_t got = size * n;
    size_t room = WEBHOOK_ANSWER_MAX - a->len;
    size_t take = got < room ? got : room;
    memcpy(a->text + a->len, data, take);
    a->len += take;
    a->text[a->len] = '\0';
    return got;
}

/* The answer on one line, printable characters only. */
static void one_line(char *s)
{
    for (; *s; s++) {
        if ((unsigned char)*s < 0x20 || *s == 0x7f)
            *s = ' ';
    }
}

int webhook_post(const char *url, const char *body, long timeout_s, char *err, size_t errlen)
{
    char curl_err[CURL_ERROR_SIZE] = "";
    struct answer answer = {.len = 0};
    char *origin = webhook_origin(url);
    int ret = -1;

    const struct net_curl *c = net_curl(err, errlen);
    if (!c)
        goto out_free;
    CURL *curl = c->easy_init();
    if (!curl) {
        snprintf(err, errlen, "cannot initialise libcurl");
        goto out_free;
    }
    struct curl_slist *headers = c->slist_append(NULL, "Content-Type: application/json");
    c->easy_setopt(curl, CURLOPT_URL, url);
    c->easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    c->easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    c->easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    c->easy_setopt(curl, CURLOPT_POSTFIELDS, body);
    c->easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)strlen(body));
    c->easy_setopt(curl, CURLOPT_TIMEOUT, timeout_s);
    c->easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, timeout_s);
    c->easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    c->easy_setopt(curl, CURLOPT_USERAGENT, "judge/" JUDGE_VERSION);
    c->easy_setopt(curl, CURLOPT_ERRORBUFFER, curl_err);
    c->easy_setopt(curl, CURLOPT_WRITEFUNCTION, keep_answer);
    c->easy_setopt(curl, CURLOPT_WRITEDATA, &answer);

    CURLcode rc = c->easy_perform(curl);
    long status = 0;
    c->easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    if (rc != CURLE_OK) {
        snprintf(err, errlen, "posting to %s failed: %s", origin,
                 curl_err[0] ? curl_err : c->easy_strerror(rc));
    } else if (status < 200 || status > 299) {
        one_line(answer.text);
        snprintf(err, errlen, "posting to %s failed: the server answered HTTP %ld%s%.200s", origin,
                 status, answer.len ? ": " : "", answer.text);
    } else {
        ret = 0;
    }
    c->slist_free_all(headers);
    c->easy_cleanup(curl);
out_free:
    free(origin);
    return ret;
}
