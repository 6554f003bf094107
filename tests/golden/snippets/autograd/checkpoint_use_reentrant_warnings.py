# activation checkpointing without use_reentrant: the two functions word their warnings differently
import torch
import torch.nn as nn
from torch.utils.checkpoint import checkpoint, checkpoint_sequential
torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 4), nn.Tanh(), nn.Linear(4, 2))
x = torch.randn(3, 4, requires_grad=True)
y = checkpoint_sequential(net, 2, x)
y.sum().backward()
print(x.grad[0])
z = checkpoint(net, x)
print(z.grad_fn)
w = checkpoint(net, torch.ones(1, 4), use_reentrant=True)
print(w.requires_grad)
