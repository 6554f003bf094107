# Second derivatives: the gradient built with create_graph, then differentiated row by row.
import torch

A = torch.tensor([[3.0, 1.0], [1.0, 2.0]])
b = torch.tensor([1.0, -1.0])

def f(x):
    return 0.5 * x @ A @ x - b @ x + (x ** 3).sum() / 3

x = torch.tensor([1.0, 2.0], requires_grad=True)
g, = torch.autograd.grad(f(x), x, create_graph=True)
print(g, g.grad_fn is not None)
rows = []
for i in range(2):
    row, = torch.autograd.grad(g[i], x, retain_graph=True)
    rows.append(row)
H = torch.stack(rows)
print(H)
print(A + torch.diag(2 * x.detach()))
print(torch.autograd.functional.hessian(f, x))
step = torch.linalg.solve(H, g.detach())
print(x.detach() - step)
