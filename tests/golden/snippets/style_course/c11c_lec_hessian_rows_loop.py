# Lecture: building a Hessian one row at a time with autograd.grad and retain_graph.
import torch

def f(x):
    return x[0] ** 2 * x[1] + torch.sin(x[1] * x[2]) + x[2] ** 3

x = torch.tensor([1.0, 2.0, 0.5], requires_grad=True)
g = torch.autograd.grad(f(x), x, create_graph=True)[0]
print("gradient:", g)
rows = []
for i in range(3):
    row = torch.autograd.grad(g[i], x, retain_graph=True)[0]
    rows.append(row)
    print(f"row {i}:", row)
H = torch.stack(rows)
print(H)
print("symmetric:", torch.allclose(H, H.T))
print(torch.autograd.functional.hessian(f, x.detach()))
print(torch.equal(H, torch.autograd.functional.hessian(f, x.detach())))
