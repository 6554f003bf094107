# An embedding is a one-hot matrix multiply: indexing a weight matrix equals one_hot(idx) @ weight, grads too.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(3)
emb = nn.Embedding(6, 3)
idx = torch.tensor([4, 0, 4, 2])
one_hot = F.one_hot(idx, num_classes=6).float()
print(one_hot)
a = one_hot @ emb.weight
b = emb(idx)
c = emb.weight[idx]
print(torch.allclose(a, b), torch.equal(b, c))
print(b.grad_fn, c.grad_fn)
b.sum().backward()
print(emb.weight.grad)
emb.weight.grad = None
a.sum().backward()
print(emb.weight.grad)
print(one_hot.dtype, F.one_hot(idx).shape)
x = torch.tensor([[1, 5], [2, 2]])
print(emb(x).shape)
emb2 = nn.Embedding(6, 3, padding_idx=0)
print(emb2.weight[0], emb2)
