import torch
from torch import nn

# A hypernetwork emits the weights of a tiny target layer from a task embedding
torch.manual_seed(3)
hyper = nn.Linear(2, 3 * 2 + 2)
z = torch.tensor([[1.0, -1.0]])
flat = hyper(z).squeeze(0)
W = flat[:6].view(2, 3)
b = flat[6:]
print(W.shape, b.shape, W.grad_fn.name(), b.grad_fn.name())
x = torch.ones(4, 3)
y = nn.functional.linear(x, W, b)
print(y.shape)
y.pow(2).mean().backward()
print(hyper.weight.grad.shape, hyper.bias.grad.shape)
print(all(p.grad is not None for p in hyper.parameters()))
