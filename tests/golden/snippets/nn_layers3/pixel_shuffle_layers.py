# PixelShuffle / PixelUnshuffle: the rearrangement, round trip, gradients, batch dims and argument errors.
import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.arange(16.).reshape(1, 4, 2, 2).requires_grad_()
y = F.pixel_shuffle(x, 2)
print(y, y.is_contiguous())
z = F.pixel_unshuffle(y, 2)
print(torch.equal(z, x), z.grad_fn.name())
(y * torch.arange(16.).reshape(1, 1, 4, 4)).sum().backward()
print(x.grad)
print(nn.PixelShuffle(3), nn.PixelUnshuffle(2))
for f in [lambda: F.pixel_shuffle(torch.ones(2, 2), 2), lambda: F.pixel_shuffle(torch.ones(1, 3, 2, 2), 2),
          lambda: F.pixel_shuffle(torch.ones(1, 4, 2, 2), 0), lambda: F.pixel_unshuffle(torch.ones(1, 1, 3, 4), 2),
          lambda: F.pixel_unshuffle(torch.ones(1, 1, 4, 3), 2), lambda: F.pixel_unshuffle(torch.ones(4, 4), 2),
          lambda: F.pixel_unshuffle(torch.ones(1, 1, 4, 4), -1)]:
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)
print(F.pixel_shuffle(torch.arange(8.).reshape(2, 4, 1, 1), 2).shape, F.pixel_shuffle(torch.ones(5, 2, 9, 3, 3), 3).shape)
torch.manual_seed(0)
sr = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.Conv2d(8, 4, 3, padding=1), nn.PixelShuffle(2))
img = torch.randn(2, 1, 5, 5)
out = sr(img)
print(out.shape, out.grad_fn.name())
u = torch.randn(3, 2, 6, 4, requires_grad=True)
w = F.pixel_unshuffle(u, 2)
print(w.shape, torch.equal(F.pixel_shuffle(w, 2), u))
g, = torch.autograd.grad(w.pow(2).sum(), u, create_graph=True)
print(torch.equal(g, 2 * u), g.grad_fn.name())
