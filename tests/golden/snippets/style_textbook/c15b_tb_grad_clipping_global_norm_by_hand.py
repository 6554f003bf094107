# Clip gradients to a global norm by hand, then compare with nn.utils.clip_grad_norm_.
import torch
from torch import nn

def clip_global(parameters, max_norm):
    total = torch.linalg.vector_norm(torch.stack([q.grad.norm() for q in parameters]))
    factor = max_norm / (total + 1e-6)
    if factor < 1:
        for q in parameters:
            q.grad.mul_(factor)
    return total

torch.manual_seed(20)
net = nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 1))
inputs, targets = torch.randn(6, 4) * 10, torch.randn(6, 1) * 10
nn.functional.mse_loss(net(inputs), targets).backward()
plist = list(net.parameters())
saved = [q.grad.clone() for q in plist]
print(clip_global(plist, 1.0))
print(torch.linalg.vector_norm(torch.cat([q.grad.flatten() for q in plist])))
for q, g in zip(plist, saved):
    q.grad = g
total = nn.utils.clip_grad_norm_(net.parameters(), max_norm=1.0)
print(total, [round(q.grad.norm().item(), 5) for q in plist])
