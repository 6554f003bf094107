# Embedding(sparse=True): the weight's gradient is sparse and uncoalesced; it accumulates
import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(0)
e = nn.Embedding(5, 2, sparse=True)
print(e)
e(torch.tensor([1, 3, 1])).sum().backward()
g = e.weight.grad
print(g)
print(g.is_coalesced(), g.coalesce())
e(torch.tensor([0])).sum().backward()
print(e.weight.grad)
(e(torch.tensor([[4, 1]])) * torch.tensor([2.0, -1.0])).sum().backward()
print(e.weight.grad)
e.zero_grad(set_to_none=False)
print(e.weight.grad)
e.zero_grad()
print(e.weight.grad)
w = torch.ones(4, 3, requires_grad=True)
out = F.embedding(torch.tensor([[0, 2], [2, 3]]), w, padding_idx=2, sparse=True)
print(out.grad_fn.name(), out.grad_fn._saved_sparse, out.grad_fn._saved_padding_idx)
(out * torch.arange(3.0)).sum().backward()
print(w.grad)
