# k-means from scratch: assign with argmin over distances, update centroids with index_add_/bincount.
import torch

torch.manual_seed(11)
centers_true = torch.tensor([[0., 0.], [5., 5.], [0., 5.]])
X = torch.cat([c + torch.randn(30, 2) * 0.8 for c in centers_true])
k = 3
centroids = X[torch.randperm(X.shape[0])[:k]].clone()
print(centroids)
for it in range(10):
    dists = torch.cdist(X, centroids)
    assign = dists.argmin(dim=1)
    sums = torch.zeros(k, 2).index_add_(0, assign, X)
    counts = torch.bincount(assign, minlength=k).float()
    new = sums / counts.unsqueeze(1)
    shift = (new - centroids).norm(dim=1).max().item()
    centroids = new
    inertia = dists.gather(1, assign.unsqueeze(1)).pow(2).sum().item()
    print(f"iter {it} shift {shift:.5f} inertia {inertia:.3f} sizes {counts.int().tolist()}")
    if shift < 1e-4:
        break
print(centroids[centroids[:, 0].argsort()])
