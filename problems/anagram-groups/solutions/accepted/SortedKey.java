import java.util.*;

class Solution {
    public int[] anagramGroupSizes(String[] words) {
        HashMap<String, Integer> groups = new HashMap<>();
        for (String w : words) {
            char[] key = w.toCharArray();
            Arrays.sort(key);
            groups.merge(new String(key), 1, Integer::sum);
        }
        int[] sizes = new int[groups.size()];
        int m = 0;
        for (int v : groups.values())
            sizes[m++] = v;
        Arrays.sort(sizes);
        for (int i = 0, j = m - 1; i < j; i++, j--) {
            int t = sizes[i];
            sizes[i] = sizes[j];
            sizes[j] = t;
        }
        return sizes;
    }
}
