# cs231n conv layer: an im2col-free loop over output pixels (float64, stride 2, pad 1) against F.conv2d and its grads.
import torch
import torch.nn.functional as F

torch.manual_seed(231)
imgs = torch.randn(2, 2, 5, 5, dtype=torch.float64, requires_grad=True)
filt = torch.randn(3, 2, 3, 3, dtype=torch.float64, requires_grad=True)
bias = torch.tensor([0.1, -0.2, 0.0], dtype=torch.float64, requires_grad=True)
s, p, k = 2, 1, 3
padded = F.pad(imgs, [p] * 4)
side = (5 + 2 * p - k) // s + 1
cols = []
for r in range(side):
    for q in range(side):
        patch = padded[:, :, r * s:r * s + k, q * s:q * s + k]
        cols.append(torch.einsum('ncij,fcij->nf', patch, filt) + bias)
mine = torch.stack(cols, dim=-1).view(2, 3, side, side)
print(mine.shape, mine.grad_fn)
theirs = F.conv2d(imgs, filt, bias, stride=s, padding=p)
print(torch.allclose(mine, theirs), (mine - theirs).abs().max().item() < 1e-13)
g_mine = torch.autograd.grad(mine.square().sum(), (imgs, filt, bias))
g_ref = torch.autograd.grad(theirs.square().sum(), (imgs, filt, bias))
print([torch.allclose(a, b) for a, b in zip(g_mine, g_ref)])
print(theirs[0, 1])
print(g_ref[2])
