# In-place updates through a view of a leaf, done under no_grad, reach the leaf.
import torch

W = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
with torch.no_grad():
    W.T[0].mul_(10)
    W[:, 1] += 1
print(W, W._version)
(W ** 2).sum().backward()
print(W.grad)
try:
    W.T.add_(1)
except RuntimeError as err:
    print(err)
