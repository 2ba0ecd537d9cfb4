/* Two pointers: the lower of the two ends decides. If height[l] < height[r], the water over l
 * is bounded by the tallest bar left of it (a taller one waits on the right), and the other
 * way round. 64-bit total. */
long long trap(const int *height, int n) {
    int l = 0, r = n - 1;
    long long left_max = 0, right_max = 0, water = 0;
    while (l < r) {
        if (height[l] < height[r]) {
            if (height[l] > left_max) left_max = height[l];
            water += left_max - height[l++];
        } else {
            if (height[r] > right_max) right_max = height[r];
            water += right_max - height[r--];
        }
    }
    return water;
}
