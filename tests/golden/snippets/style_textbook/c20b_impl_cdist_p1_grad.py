# Manhattan distances by hand vs torch.cdist(p=1), with gradients
import torch

torch.manual_seed(135)
a = torch.randn(3, 2, requires_grad=True)
b = torch.randn(2, 2)
mine = (a[:, None] - b[None]).abs().sum(-1)
ref = torch.cdist(a, b, p=1)
print(torch.allclose(mine, ref))
g1, = torch.autograd.grad(mine.sum(), a)
g2, = torch.autograd.grad(ref.sum(), a)
print(g1)
print(torch.equal(g1, g2))
