# a network output that does not depend on t: grad is None unless materialized
import torch

x = torch.tensor([0.5], dtype=torch.float64, requires_grad=True)
t = torch.tensor([0.2], dtype=torch.float64, requires_grad=True)
u = x ** 2
gx, gt = torch.autograd.grad(u.sum(), (x, t), allow_unused=True, retain_graph=True)
print(gx, gt)
gx, gt = torch.autograd.grad(u.sum(), (x, t), allow_unused=True, materialize_grads=True)
print(gt)
