# k-means clustering written with tensor operations: assignment by argmin, update by masked means.
import torch

torch.manual_seed(0)
centers_true = torch.tensor([[0.0, 0.0], [5.0, 5.0], [0.0, 6.0]])
points = torch.cat([c + torch.randn(30, 2) for c in centers_true])
k = 3
centroids = points[torch.randperm(len(points))[:k]].clone()
print(centroids)
for it in range(10):
    d = torch.cdist(points, centroids)
    assign = d.argmin(dim=1)
    new = torch.stack([points[assign == j].mean(0) for j in range(k)])
    shift = (new - centroids).norm(dim=1).max()
    centroids = new
    inertia = d.gather(1, assign[:, None]).pow(2).sum()
    print(f"iter {it}: shift {shift.item():.4f} inertia {inertia.item():.2f}")
    if shift < 1e-4:
        break
order = centroids[:, 0].argsort()
print(centroids[order])
print(torch.bincount(assign, minlength=k))
one_hot = torch.nn.functional.one_hot(assign, k).float()
print(torch.allclose((one_hot.T @ points) / one_hot.sum(0)[:, None], centroids))
