// Kahn's algorithm with a PriorityQueue of letters: the smallest available letter goes next.
import java.util.PriorityQueue;

class Solution {
    public String alienOrder(String[] words) {
        boolean[] present = new boolean[26];
        boolean[][] edge = new boolean[26][26];
        int[] indegree = new int[26];
        for (String w : words)
            for (int i = 0; i < w.length(); i++)
                present[w.charAt(i) - 'a'] = true;
        for (int i = 0; i + 1 < words.length; i++) {
            String a = words[i], b = words[i + 1];
            int k = 0;
            while (k < a.length() && k < b.length() && a.charAt(k) == b.charAt(k))
                k++;
            if (k < a.length() && k < b.length()) {
                int x = a.charAt(k) - 'a', y = b.charAt(k) - 'a';
                if (!edge[x][y]) {
                    edge[x][y] = true;
                    indegree[y]++;
                }
            } else if (a.length() > b.length()) {
                return "";
            }
        }
        PriorityQueue<Integer> heap = new PriorityQueue<>();
        int letters = 0;
        for (int c = 0; c < 26; c++) {
            if (present[c]) letters++;
            if (present[c] && indegree[c] == 0) heap.add(c);
        }
        StringBuilder order = new StringBuilder();
        while (!heap.isEmpty()) {
            int x = heap.poll();
            order.append((char) ('a' + x));
            for (int y = 0; y < 26; y++)
                if (edge[x][y] && --indegree[y] == 0)
                    heap.add(y);
        }
        return order.length() == letters ? order.toString() : "";
    }
}
