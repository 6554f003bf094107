# F.embedding with an explicit weight, and its gradient
import torch
import torch.nn.functional as F

W = torch.arange(8.0).reshape(4, 2).requires_grad_()
idx = torch.tensor([[0, 3], [3, 3]])
out = F.embedding(idx, W)
print(out)
print(out.grad_fn.name())
out.sum().backward()
print(W.grad)
W.grad = None
F.embedding(idx, W, padding_idx=3).sum().backward()
print(W.grad)
print(torch.equal(F.embedding(idx, W), W[idx]))
