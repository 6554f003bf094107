# Q: how do I get the full Jacobian? Loop over outputs with retain_graph, or use functional.jacobian.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = torch.stack([x[0] * x[1], x[1] ** 2, x.sum(), torch.log(x[2])])
rows = []
for i in range(y.shape[0]):
    if x.grad is not None:
        x.grad.zero_()
    y[i].backward(retain_graph=True)
    rows.append(x.grad.clone())
J = torch.stack(rows)
print(J)

def f(v):
    return torch.stack([v[0] * v[1], v[1] ** 2, v.sum(), torch.log(v[2])])

print(torch.autograd.functional.jacobian(f, x.detach()))
print(torch.func.jacrev(f)(x.detach()))
