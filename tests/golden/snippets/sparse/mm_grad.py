# Sparse @ dense products and their gradients: torch.sparse.mm, torch.mm, @, torch.sparse.addmm
import torch

i = torch.tensor([[0, 1, 1, 2, 0], [1, 0, 2, 1, 1]])
v = torch.tensor([1.0, 2.0, 0.5, -1.0, 3.0], requires_grad=True)
x = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], requires_grad=True)
A = torch.sparse_coo_tensor(i, v, (3, 3))
print(A)
y = torch.sparse.mm(A, x)
print(y)
y.sum().backward()
print(v.grad, x.grad)
v.grad = x.grad = None
A = torch.sparse_coo_tensor(i, v, (3, 3))
z = torch.mm(A, x) + A @ x
print(z)
(z * torch.tensor([[1.0, -1.0]])).sum().backward()
print(v.grad, x.grad)
w = torch.sparse_coo_tensor(i, v.detach(), (3, 3), requires_grad=True)
out = torch.sparse.addmm(torch.ones(3, 2), w, x, beta=0.5, alpha=2.0)
print(out)
out.sum().backward()
print(w.grad)
q = torch.ones(2, 3, requires_grad=True)
r = q @ w.detach()
print(r)
r.sum().backward()
print(q.grad)
