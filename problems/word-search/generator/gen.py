#!/usr/bin/env python3
"""Test generator for word-search: writes OUTDIR/<name>.in for every test.

A test is a grid (at most 8 x 8 lowercase letters) and up to 100 words of 1 to 12 letters.
The words mix paths really in the grid (answer true), walks that step back onto a cell they
already used (true only if the word has another path: the reuse trap), paths with one letter
changed, and random words; the reference decides every answer.
"""
import os
import random
import sys

SEED = 20261201
MAX_SIDE, MAX_WORDS, MAX_LEN = 8, 100, 12
STEPS = ((1, 0), (-1, 0), (0, 1), (0, -1))


def fmt(grid, words):
    assert 1 <= len(grid) <= MAX_SIDE and 1 <= len(grid[0]) <= MAX_SIDE
    assert all(len(row) == len(grid[0]) and row.isalpha() and row.islower() for row in grid)
    assert 1 <= len(words) <= MAX_WORDS
    assert all(1 <= len(w) <= MAX_LEN and w.isalpha() and w.islower() for w in words)
    return "%d %d\n%s\n%d\n%s\n" % (len(grid), len(grid[0]), "\n".join(grid), len(words),
                                    "\n".join(words))


def random_grid(rng, rows, cols, alphabet):
    return ["".join(rng.choice(alphabet) for _ in range(cols)) for _ in range(rows)]


def path_word(rng, grid, length):
    """The letters of a self-avoiding walk of at most `length` cells (shorter if it gets stuck)."""
    rows, cols = len(grid), len(grid[0])
    r, c = rng.randrange(rows), rng.randrange(cols)
    seen = {(r, c)}
    letters = [grid[r][c]]
    while len(letters) < length:
        nexts = [(r + dr, c + dc) for dr, dc in STEPS
                 if 0 <= r + dr < rows and 0 <= c + dc < cols and (r + dr, c + dc) not in seen]
        if not nexts:
            break
        r, c = rng.choice(nexts)
        seen.add((r, c))
        letters.append(grid[r][c])
    return "".join(letters)


def reuse_word(rng, grid, length):
    """The letters of a walk that may step back onto cells it used (a cell reused)."""
    rows, cols = len(grid), len(grid[0])
    r, c = rng.randrange(rows), rng.randrange(cols)
    letters = [grid[r][c]]
    while len(letters) < length:
        nexts = [(r + dr, c + dc) for dr, dc in STEPS
                 if 0 <= r + dr < rows and 0 <= c + dc < cols]
        if not nexts:  # a 1 x 1 grid: stay
            nexts = [(r, c)]
        r, c = rng.choice(nexts)
        letters.append(grid[r][c])
    return "".join(letters)


def search_cost(grid, word):
    """(found, calls): plain backtracking's answer and the number of cells it visited."""
    rows, cols = len(grid), len(grid[0])
    used = [[False] * cols for _ in range(rows)]
    calls = 0

    def dfs(r, c, i):
        nonlocal calls
        calls += 1
        if used[r][c] or grid[r][c] != word[i]:
            return False
        if i == len(word) - 1:
            return True
        used[r][c] = True
        found = any(dfs(r + dr, c + dc, i + 1) for dr, dc in STEPS
                    if 0 <= r + dr < rows and 0 <= c + dc < cols)
        used[r][c] = False
        return found

    found = any(dfs(r, c, 0) for r in range(rows) for c in range(cols))
    return found, calls


def misses(rng, grid, make_word, count, budget):
    """count words that are NOT in the grid, the search for each visiting at most `budget`
    cells (so that plain backtracking stays fast)."""
    words = []
    for _ in range(100 * count):
        if len(words) == count:
            break
        word = make_word()
        found, calls = search_cost(grid, word)
        if not found and calls <= budget:
            words.append(word)
    assert len(words) == count, "not enough misses"
    return words


def mutated(rng, word, alphabet):
    i = rng.randrange(len(word))
    return word[:i] + rng.choice(alphabet) + word[i + 1:]


def mixed_words(rng, grid, alphabet, count, min_len=1, max_len=MAX_LEN):
    words = []
    for _ in range(count):
        length = rng.randint(min_len, max_len)
        kind = rng.random()
        if kind < 0.35:
            words.append(path_word(rng, grid, length))
        elif kind < 0.6:
            words.append(reuse_word(rng, grid, length))
        elif kind < 0.8:
            words.append(mutated(rng, path_word(rng, grid, length), alphabet))
        else:
            words.append("".join(rng.choice(alphabet) for _ in range(length)))
    return words


def main():
    out = sys.argv[1]
    rng = random.Random(SEED)
    tests = {}

    tests["sample-1"] = fmt(["dogs", "aten", "rope"], ["dog", "date", "open", "toto", "tea"])
    tests["sample-2"] = fmt(["ab", "cd"], ["abdc", "aba", "abdca"])

    tests["01-single-cell"] = fmt(["q"], ["q", "z", "qq"])
    tests["02-one-row"] = fmt(["abcdefgh"], ["abcdefgh", "hgfedcba", "cde", "dcb", "aba",
                                             "ceg", "bcdefghh", "h", "ha"])
    tests["03-one-column"] = fmt(list("stressed"), ["stressed", "desserts", "tress", "sst",
                                                  "ses", "stresses", "ssert", "e"])
    # A 2 x 2 cycle: a word can go round once, never a fifth letter.
    tests["04-tiny-cycle"] = fmt(["ab", "ba"], ["abab", "baba", "ababa", "aa", "bb", "ab",
                                                "aab", "abba", "bab", "babab"])
    # Every cell the same letter: any word of a's up to 64 letters fits, nothing else does.
    grid = ["a" * 8] * 8
    tests["05-all-same-letter"] = fmt(grid, ["a" * k for k in range(1, 13)] +
                                      ["b", "ab", "ba", "aab", "aaab", "abaa", "aaaba"])
    # Letters spelled along a snake; words that need to go back over a cell.
    grid = ["abcdefgh", "ponmlkji", "qrstuvwx", "fedcbazy", "ghijklmn", "vutsrqpo",
            "wxyzabcd", "lkjihgfe"]
    tests["06-snake"] = fmt(grid, mixed_words(rng, grid, "abcdefghijklmnopqrstuvwxyz", 60) +
                            ["abcdefghijkl", "hgfedcbaponm", "abcba", "mnopqrstuvwx"])
    grid = random_grid(rng, 3, 5, "ab")
    tests["07-small-two-letters"] = fmt(grid, mixed_words(rng, grid, "ab", 40, 1, 8))
    grid = random_grid(rng, 4, 4, "abc")
    tests["08-small-three-letters"] = fmt(grid, mixed_words(rng, grid, "abc", 50))
    grid = random_grid(rng, 5, 7, "abcde")
    tests["09-medium-five-letters"] = fmt(grid, mixed_words(rng, grid, "abcde", 100))
    grid = random_grid(rng, 8, 8, "abcdefghijklmnopqrstuvwxyz")
    tests["10-max-all-letters"] = fmt(grid, mixed_words(rng, grid, "abcdefghijklmnopqrstuvwxyz",
                                                        100))
    grid = random_grid(rng, 8, 8, "abcd")
    tests["11-max-four-letters"] = fmt(grid, mixed_words(rng, grid, "abcd", 100, 8))
    grid = random_grid(rng, 8, 8, "abc")
    tests["12-max-three-letters"] = fmt(grid, mixed_words(rng, grid, "abc", 100, 10))
    grid = random_grid(rng, 8, 8, "ab")
    tests["13-max-two-letters"] = fmt(grid, mixed_words(rng, grid, "ab", 100, 12))
    # Mostly one letter with a few others: long words of a's must find their way around.
    grid = ["".join("a" if rng.random() < 0.8 else rng.choice("bc") for _ in range(8))
            for _ in range(8)]
    tests["14-max-mostly-one-letter"] = fmt(grid, mixed_words(rng, grid, "abc", 100, 12))
    # Long words that are not there, over two letters (the grid two a's for a b): the search
    # goes deep before failing.
    grid = random_grid(rng, 8, 8, "aab")
    words = misses(rng, grid, lambda: "".join(rng.choice("ab") for _ in range(12)), 80, 5000)
    tests["15-max-two-letter-misses"] = fmt(grid, words + mixed_words(rng, grid, "ab", 20, 12))
    # Mostly a's with a few b's: words of a's and b's that are not there, the search wandering
    # through the a's before it fails.
    grid = ["".join("b" if rng.random() < 0.12 else "a" for _ in range(8)) for _ in range(8)]

    def some_bs():
        return "".join("b" if rng.random() < 0.3 else "a" for _ in range(rng.randint(8, 12)))
    tests["16-max-mostly-a-misses"] = fmt(grid, misses(rng, grid, some_bs, 100, 8000))

    for name, text in tests.items():
        with open(os.path.join(out, name + ".in"), "w", newline="\n") as f:
            f.write(text)


if __name__ == "__main__":
    main()
