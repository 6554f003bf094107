# Gradients through to_dense, to_sparse, coalesce, t and torch.sparse.sum
import torch

v = torch.tensor([3.0, 4.0, 5.0, 1.0], requires_grad=True)
s = torch.sparse_coo_tensor([[0, 1, 1, 0], [2, 0, 2, 2]], v, (2, 3))
print(s)
d = s.to_dense()
print(d)
(d * torch.arange(6.0).view(2, 3)).sum().backward()
print(v.grad)
w = torch.sparse_coo_tensor([[2, 0, 2], [0, 1, 0]], [1.0, 2.0, 3.0], (3, 2), requires_grad=True)
(w.to_dense() * 2).sum().backward()
print(w.grad)
w.grad = None
(w + w).to_dense().sum().backward()
print(w.grad)
w.grad = None
w.t().to_dense().sum().backward()
print(w.grad)
w.grad = None
torch.sparse.sum(w).backward()
print(w.grad)
w.grad = None
(torch.ones(3, 2) + w).sum().backward()
print(w.grad)
q = torch.tensor([[1.0, 0.0, 3.0]], requires_grad=True)
p = q.to_sparse()
print(p, w.coalesce(), (w * 2).t())
(p * 2).to_dense().sum().backward()
print(q.grad)
