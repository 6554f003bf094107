import torch
import torch.nn as nn

# Exam B4-6. Which gradients exist after backward when part of the model is frozen?
torch.manual_seed(0)
m = nn.Sequential(nn.Linear(2, 2), nn.ReLU(), nn.Linear(2, 1))
m[0].weight.requires_grad_(False)
x = torch.randn(3, 2)
m(x).sum().backward()
for n, p in m.named_parameters():
    print(n, p.requires_grad, None if p.grad is None else tuple(p.grad.shape))
print(sum(p.numel() for p in m.parameters() if p.requires_grad))
