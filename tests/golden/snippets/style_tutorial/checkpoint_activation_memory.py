# Activation checkpointing: the same gradients with torch.utils.checkpoint, recomputing the forward.
import torch
import torch.nn as nn
from torch.utils.checkpoint import checkpoint

torch.manual_seed(0)
block = nn.Sequential(nn.Linear(4, 4), nn.Tanh(), nn.Linear(4, 4))
x = torch.randn(2, 4, requires_grad=True)
out = checkpoint(block, x, use_reentrant=False)
out.sum().backward()
g_ckpt = x.grad.clone()
x.grad = None
block(x).sum().backward()
print(torch.allclose(g_ckpt, x.grad))
print(out.shape, out.requires_grad)
print(g_ckpt)
