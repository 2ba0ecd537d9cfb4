// validator.cpp: the output validator of "Pair Sum" (Kattis conventions), a program folder with
// its header, as problemtools' examples ship validators (output_validator/<name>/).
#include "pair.h"

int main(int argc, char **argv)
{
    if (argc < 4)
        return 2;
    FILE *in = std::fopen(argv[1], "r");
    long long n, a, b;
    if (!in || std::fscanf(in, "%lld", &n) != 1)
        return 2;
    if (std::scanf("%lld %lld", &a, &b) != 2)
        return reject(argv[3], "expected two integers");
    if (!is_pair_for(n, a, b))
        return reject(argv[3], "not two non-negative integers adding up to n");
    return 42;
}
