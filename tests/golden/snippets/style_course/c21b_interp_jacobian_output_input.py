# full Jacobian of the logits w.r.t. the input via torch.autograd.functional.jacobian
import torch
import torch.nn as nn
from torch.autograd.functional import jacobian

torch.manual_seed(4)
net = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 2))
x = torch.randn(3)
J = jacobian(net, x)
print(J.shape)
print(J)
rows = []
for i in range(2):
    xi = x.clone().requires_grad_()
    rows.append(torch.autograd.grad(net(xi)[i], xi)[0])
print(torch.allclose(J, torch.stack(rows)))
print(torch.linalg.matrix_norm(J))
