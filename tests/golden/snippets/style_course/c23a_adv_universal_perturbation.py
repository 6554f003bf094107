# A universal perturbation: average the signed input gradients over a batch
import torch
import torch.nn.functional as F

torch.manual_seed(9)
W = torch.randn(3, 5)
X = torch.rand(4, 5, requires_grad=True)
Y = torch.tensor([0, 1, 2, 1])
F.cross_entropy(X @ W.T, Y).backward()
signs = X.grad.sign()
print(signs)
v = 0.05 * signs.mean(0)
print(v)
print(v.shape, (X + v).shape)
print(signs.sum(0))
