# Clustering chapter: agglomerative single-linkage clustering driven by a pairwise distance matrix.
import torch

torch.manual_seed(116)
pts = torch.cat([torch.randn(4, 2) * 0.3, torch.randn(4, 2) * 0.3 + 3, torch.randn(3, 2) * 0.3 + torch.tensor([0.0, 4.0])])
D = torch.cdist(pts, pts)
D.fill_diagonal_(float("inf"))
clusters = [[i] for i in range(len(pts))]
while len(clusters) > 3:
    best = (float("inf"), 0, 0)
    for a in range(len(clusters)):
        for b in range(a + 1, len(clusters)):
            d = D[clusters[a]][:, clusters[b]].min().item()
            if d < best[0]:
                best = (d, a, b)
    d, a, b = best
    print(f"merge {clusters[a]} + {clusters[b]} at {d:.4f}")
    clusters[a] = clusters[a] + clusters[b]
    del clusters[b]
print(sorted(sorted(c) for c in clusters))
labels = torch.empty(len(pts), dtype=torch.long)
for k, c in enumerate(clusters):
    labels[c] = k
print(labels)
