# fast.ai course: mean-shift clustering with a gaussian kernel over pairwise distances
import math
import torch

def gaussian(d, bw):
    return torch.exp(-0.5 * ((d / bw)) ** 2) / (bw * math.sqrt(2 * math.pi))

torch.manual_seed(42)
centroids = torch.tensor([[0.0, 0.0], [5.0, 5.0], [-4.0, 6.0]])
data = torch.cat([c + torch.randn(6, 2) * 0.7 for c in centroids])
X = data.clone()
for it in range(5):
    dist = torch.cdist(X, X)
    weight = gaussian(dist, 2.5)
    X = (weight @ X) / weight.sum(1, keepdim=True)
    print(it, X[0].tolist(), dist.max().item())
print(X[::6])
print((X[:6] - X[:6].mean(0)).abs().max() < 1e-2)
