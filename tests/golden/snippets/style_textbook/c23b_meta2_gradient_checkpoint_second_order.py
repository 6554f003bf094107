import torch
from torch.utils.checkpoint import checkpoint

# Recompute-in-backward (non-reentrant checkpoint) still supports a gradient-of-gradient
def swish_block(t):
    return t * torch.sigmoid(2 * t)

inp = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
ck = checkpoint(swish_block, inp, use_reentrant=False)
d1, = torch.autograd.grad(ck.sum(), inp, create_graph=True)
d2, = torch.autograd.grad(d1.sum(), inp)
ref = swish_block(inp)
r1, = torch.autograd.grad(ref.sum(), inp, create_graph=True)
r2, = torch.autograd.grad(r1.sum(), inp)
print(d1.round(decimals=4), d2.round(decimals=4))
print(torch.allclose(d1, r1), torch.allclose(d2, r2), ck.grad_fn.name())
