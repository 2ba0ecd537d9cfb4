#include "split.h"

Split split(long long n)
{
    return Split{n / 2, n - n / 2};
}
