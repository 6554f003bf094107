# k-means from scratch with torch.cdist, argmin assignments and centroid updates until they stop moving.
import torch

g = torch.Generator().manual_seed(2)
centers = torch.tensor([[0.0, 0.0], [5.0, 5.0], [0.0, 6.0]])
X = torch.cat([c + torch.randn(15, 2, generator=g) for c in centers])
k = 3
C = X[torch.randperm(len(X), generator=g)[:k]].clone()
for it in range(20):
    d = torch.cdist(X, C)
    assign = d.argmin(dim=1)
    newC = torch.stack([X[assign == j].mean(0) for j in range(k)])
    shift = (newC - C).norm(dim=1).max().item()
    C = newC
    inertia = (d.min(dim=1).values ** 2).sum().item()
    print(f"iter {it}: inertia {inertia:.4f} shift {shift:.6f}")
    if shift < 1e-6:
        break
order = C[:, 0].argsort()
print(C[order])
print(torch.bincount(assign, minlength=k).sort().values)
