# Quiz 42: recover Jacobian rows with vector-Jacobian products
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = torch.stack([x.sum(), (x * x).sum(), x.prod()])
jac_rows = []
for i in range(3):
    v = torch.zeros(3)
    v[i] = 1.0
    (row,) = torch.autograd.grad(y, x, grad_outputs=v, retain_graph=True)
    jac_rows.append(row)
print(torch.stack(jac_rows))
