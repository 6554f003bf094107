# PGD with an L-infinity ball: step, project, clip to the image range
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 6), nn.ReLU(), nn.Linear(6, 3))
model.eval()
x = torch.rand(2, 4)
y = torch.tensor([0, 2])
eps, alpha, steps = 0.1, 0.03, 5
delta = torch.zeros_like(x, requires_grad=True)
for i in range(steps):
    loss = F.cross_entropy(model(x + delta), y)
    loss.backward()
    with torch.no_grad():
        delta += alpha * delta.grad.sign()
        delta.clamp_(-eps, eps)
        delta.copy_((x + delta).clamp(0, 1) - x)
    delta.grad.zero_()
    print(i, round(loss.item(), 4))
print(delta.abs().max() <= eps + 1e-6)
print(delta.requires_grad, delta.grad)
