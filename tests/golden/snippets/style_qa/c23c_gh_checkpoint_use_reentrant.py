# Issue: "checkpoint warns about use_reentrant"; both modes give the same gradient.
import torch
from torch.utils.checkpoint import checkpoint

w = torch.tensor([1.0, 2.0], requires_grad=True)
def block(t):
    return (t * w).sin() * 2

x = torch.tensor([0.5, 0.25], requires_grad=True)
out = checkpoint(block, x, use_reentrant=False).sum()
out.backward()
g1 = (x.grad.clone(), w.grad.clone())
x.grad = w.grad = None
block(x).sum().backward()
print(torch.allclose(g1[0], x.grad), torch.allclose(g1[1], w.grad))
print(out.grad_fn is not None)
