# Crashes: a recursive DFS coloring. On a long path or cycle the recursion is thousands of
# calls deep, past Python's default limit of 1000: RecursionError.
class Solution:
    def isBipartite(self, n, edges):
        adj = [[] for _ in range(n)]
        for u, v in edges:
            adj[u].append(v)
            adj[v].append(u)
        color = [-1] * n

        def dfs(u, c):
            color[u] = c
            for v in adj[u]:
                if color[v] == -1:
                    if not dfs(v, c ^ 1):
                        return False
                elif color[v] == c:
                    return False
            return True

        return all(color[s] != -1 or dfs(s, 0) for s in range(n))
