# A rescale-rule attribution (DeepLIFT style) for y = relu(w.x): multipliers (f(x) - f(b)) / (x - b)
import torch

w = torch.tensor([2.0, -1.0, 0.5])
f = lambda v: torch.relu((w * v).sum())
x = torch.tensor([1.0, 0.5, 2.0])
b = torch.zeros(3)
delta_out = f(x) - f(b)
contrib = w * (x - b)
multiplier = delta_out / contrib.sum()
attr = contrib * multiplier
print(delta_out, contrib)
print(attr, attr.sum())
xg = x.clone().requires_grad_()
f(xg).backward()
print(xg.grad * x)
