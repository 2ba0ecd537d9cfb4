// acc_vector.cpp: std::vector<int> v(1e9): 4 GB, far over any test limit.
#include <cstdio>
#include <vector>

int main()
{
    std::vector<int> v(1000000000);
    std::printf("got %zu ints, v[12345]=%d\n", v.size(), v[12345]);
    return 0;
}
