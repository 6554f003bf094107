# Q: register_backward_hook vs register_full_backward_hook on a Sequential
import torch
from torch import nn

torch.manual_seed(0)
seq = nn.Sequential(nn.Linear(2, 2), nn.ReLU())
seq.register_full_backward_hook(lambda m, gi, go: print('full', [g.shape for g in go]))
x = torch.randn(1, 2, requires_grad=True)
seq(x).sum().backward()
print(x.grad.shape)
