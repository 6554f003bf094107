# Target network via deepcopy with gradients switched off
import copy
import torch
import torch.nn as nn

torch.manual_seed(17)
q = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
tq = copy.deepcopy(q)
for p in tq.parameters():
    p.requires_grad_(False)
print([p.requires_grad for p in tq.parameters()])
print(tq)
x = torch.ones(4, 2)
y = tq(x)
print(y.requires_grad, y.grad_fn)
z = q(x)
print(z.requires_grad, type(z.grad_fn).__name__)
print(torch.equal(y, z.detach()))
