/* Wrong answer: the sum kept in 32 bits wraps once it passes 2^31 - 1. */
long long sum_array(const int *nums, int n)
{
    int sum = 0;
    for (int i = 0; i < n; i++)
        sum = (int)((unsigned)sum + (unsigned)nums[i]);
    return sum;
}
