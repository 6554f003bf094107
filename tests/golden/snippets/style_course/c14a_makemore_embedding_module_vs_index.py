# makemore refactor: an nn.Embedding vs indexing a raw table C[X], same values and same gradients.
import torch
import torch.nn as nn

torch.manual_seed(1482)
emb = nn.Embedding(10, 3)
C = emb.weight.detach().clone().requires_grad_()
X = torch.tensor([[1, 2, 2], [0, 9, 1]])
a = emb(X)
b = C[X]
print(torch.equal(a, b), a.grad_fn, b.grad_fn)
w = torch.randn(2, 3, 3)
(a * w).sum().backward()
(b * w).sum().backward()
print(torch.equal(emb.weight.grad, C.grad))
print(C.grad[2], C.grad[5])
print(torch.nn.functional.embedding(X, C).shape, emb(torch.tensor(4)).shape)
sparse = nn.Embedding(10, 3, sparse=False, max_norm=None, scale_grad_by_freq=True)
sparse(X).sum().backward()
print(sparse.weight.grad[1], sparse.weight.grad[2])
