#include "half.h"

double half(long long n)
{
    return n / 2.0;
}
