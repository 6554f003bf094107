# Q: does gradient flow through torch.max(x, dim)?
import torch

scores = torch.tensor([[0.1, 0.9, 0.3], [0.8, 0.2, 0.8]], requires_grad=True)
best, idx = torch.max(scores, dim=1)
print(best, idx, idx.dtype, idx.requires_grad)
best.sum().backward()
print(scores.grad)
out = torch.max(scores, 1, keepdim=True)
print(out.values.shape, out.indices)
