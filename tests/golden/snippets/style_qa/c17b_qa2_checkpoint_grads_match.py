# Q: does activation checkpointing change the gradients?
import torch
from torch.utils.checkpoint import checkpoint

w = torch.tensor([[0.5, -1.0], [2.0, 0.25]], requires_grad=True)
x = torch.tensor([[1.0, 2.0]], requires_grad=True)

def block(inp):
    return torch.tanh(inp @ w)

checkpoint(block, x, use_reentrant=False).sum().backward()
g1 = (w.grad.clone(), x.grad.clone())
w.grad = x.grad = None
block(x).sum().backward()
print(torch.equal(g1[0], w.grad), torch.equal(g1[1], x.grad))
print(g1[1])
