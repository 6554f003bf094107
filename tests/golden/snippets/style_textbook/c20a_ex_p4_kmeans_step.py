# Practice 4: two iterations of k-means on 8 points in 2D
import torch

torch.manual_seed(0)
X = torch.cat([torch.randn(4, 2) + 3, torch.randn(4, 2) - 3])
C = X[[0, 4]].clone()
for it in range(2):
    labels = torch.cdist(X, C).argmin(dim=1)
    C = torch.stack([X[labels == k].mean(dim=0) for k in range(2)])
    print(it, labels, C)
