# An RBF kernel matrix from cdist and its gradient with respect to the length scale.
import torch

pts = torch.tensor([[0.0, 0.0], [1.0, 0.0], [0.0, 2.0]], dtype=torch.float64)
ell = torch.tensor(1.5, dtype=torch.float64, requires_grad=True)
D = torch.cdist(pts, pts)
K = torch.exp(-D ** 2 / (2 * ell ** 2))
print(D)
print(K.round(decimals=5))
K.sum().backward()
print(f"{ell.grad.item():.6f}")
