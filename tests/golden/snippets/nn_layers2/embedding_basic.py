import torch
import torch.nn as nn

torch.manual_seed(0)
emb = nn.Embedding(10, 3)
print(emb)
print(emb.weight)
idx = torch.tensor([[1, 2, 4, 5], [4, 3, 2, 9]])
out = emb(idx)
print(out.shape, out.grad_fn)
out.sum().backward()
print(emb.weight.grad)
