#!/usr/bin/env python3
"""Random tests of valid-parentheses for `judge stress`: stress.py SEED SIZE prints one valid input.

The same SEED and SIZE always print the same input; SIZE bounds the number of strings and their length.
"""
import random
import sys


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    t = rng.randint(1, size)
    print(t)
    for _ in range(t):
        length = rng.randint(0, size)
        if rng.random() < 0.5:  # balanced, maybe with one mistake
            out, stack = [], []
            for i in range(length):
                if stack and (len(stack) == length - i or rng.random() < 0.5):
                    out.append(")]}"[stack.pop()])
                else:
                    k = rng.randrange(3)
                    stack.append(k)
                    out.append("([{"[k])
            mistake = rng.random()
            if out and mistake < 0.3:
                out[rng.randrange(len(out))] = rng.choice("()[]{}")
            elif mistake < 0.6:  # every count balanced, the order shuffled
                rng.shuffle(out)
            s = "".join(out)
        elif rng.random() < 0.5:  # each kind balanced on its own, the kinds interleaved
            kinds = []
            for k in range(3):
                depth, seq = 0, []
                for _ in range(length // 6):
                    if depth and rng.random() < 0.5:
                        seq.append(")]}"[k])
                        depth -= 1
                    else:
                        seq.append("([{"[k])
                        depth += 1
                kinds.append(seq + [")]}"[k]] * depth)
            s = ""
            while any(kinds):
                k = rng.choice([i for i in range(3) if kinds[i]])
                s += kinds[k].pop(0)
        else:
            s = "".join(rng.choice("()[]{}") for _ in range(length))
        print("%d %s" % (len(s), s) if s else "0")

if __name__ == "__main__":
    main()
