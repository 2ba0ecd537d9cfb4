// split.h: a C++ submission of several files.
#pragma once
struct Split {
    long long a, b;
};
Split split(long long n);
