# An embedding lookup equals one-hot vectors times the weight matrix; gradients agree too.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
vocab, dim = 6, 3
emb = nn.Embedding(vocab, dim)
idx = torch.tensor([[1, 4, 4], [0, 5, 2]])
looked_up = emb(idx)
one_hot = F.one_hot(idx, vocab).float()
via_matmul = one_hot @ emb.weight
print(torch.allclose(looked_up, via_matmul), looked_up.shape)
looked_up.sum().backward()
g1 = emb.weight.grad.clone()
emb.weight.grad = None
(one_hot @ emb.weight).sum().backward()
print(torch.equal(g1, emb.weight.grad))
print(g1)
lin = nn.Linear(vocab, dim, bias=False)
with torch.no_grad():
    lin.weight.copy_(emb.weight.T)
print(torch.allclose(lin(one_hot), looked_up))
print(emb.weight[idx].shape, torch.equal(emb.weight[idx], looked_up))
print(F.embedding(torch.tensor([3]), emb.weight, max_norm=0.5).norm())
