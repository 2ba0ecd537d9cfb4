# WRONG: tries 1, 2, 3, ... in turn, which needs far more than 32 queries for a large secret.
import sys


def main():
    guess = 1
    while True:
        print("?", guess, flush=True)
        reply = sys.stdin.readline().strip()
        if reply != ">":
            return
        guess += 1


main()
