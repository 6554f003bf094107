import torch
from torch import nn

# R1 regulariser: squared gradient norm of D on real data only
torch.manual_seed(33)
D = nn.Sequential(nn.Linear(3, 4), nn.Softplus(), nn.Linear(4, 1))
real = torch.randn(6, 3).requires_grad_(True)
logits = D(real)
(grad_real,) = torch.autograd.grad(outputs=logits.sum(), inputs=real, create_graph=True)
r1 = grad_real.pow(2).reshape(grad_real.size(0), -1).sum(1).mean()
loss = nn.functional.softplus(-logits).mean() + 5.0 * r1
loss.backward()
print(grad_real.shape, r1.grad_fn.name())
print(real.grad.shape, D[0].weight.grad.shape)
print(all(p.grad is not None for p in D.parameters()))
