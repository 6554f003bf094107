# F.embedding(sparse=True) with an explicit weight: the gradient and its repr
import torch
import torch.nn.functional as F

W = torch.arange(6.0).view(3, 2).requires_grad_()
out = F.embedding(torch.tensor([[2, 0], [2, 2]]), W, sparse=True)
(out * 2).sum().backward()
print(W.grad)
print(W.grad.coalesce().values())
print(W.grad.to_dense())
