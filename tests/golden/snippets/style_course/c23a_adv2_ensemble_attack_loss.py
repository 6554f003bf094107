# Attacking an ensemble: average the losses of several models before backward
import torch
import torch.nn as nn
import torch.nn.functional as F

models = []
for s in range(3):
    torch.manual_seed(30 + s)
    models.append(nn.Linear(3, 2))
x = torch.tensor([[0.2, 0.5, 0.1]], requires_grad=True)
y = torch.tensor([1])
losses = torch.stack([F.cross_entropy(m(x), y) for m in models])
losses.mean().backward()
print(losses.shape, losses.grad_fn.name())
print(x.grad.sign())
print(all(m.weight.grad is not None for m in models))
