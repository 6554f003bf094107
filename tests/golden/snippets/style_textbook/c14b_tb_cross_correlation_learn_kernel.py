# Convolutions chapter: cross-correlation by loops, a vertical-edge image, and learning the kernel back.
import torch
from torch import nn

def xcorr(img, ker):
    kh, kw = ker.shape
    out = torch.zeros((img.shape[0] - kh + 1, img.shape[1] - kw + 1))
    for r in range(out.shape[0]):
        for c in range(out.shape[1]):
            out[r, c] = (img[r:r + kh, c:c + kw] * ker).sum()
    return out

img = torch.ones((5, 7))
img[:, 3:5] = 0
edge = torch.tensor([[1.0, -1.0]])
target = xcorr(img, edge)
print(target)
print(xcorr(img.t(), edge))
torch.manual_seed(130)
layer = nn.Conv2d(1, 1, kernel_size=(1, 2), bias=False)
img4, target4 = img.reshape((1, 1, 5, 7)), target.reshape((1, 1, 5, 6))
for step in range(12):
    sq = (layer(img4) - target4) ** 2
    layer.zero_grad()
    sq.sum().backward()
    layer.weight.data[:] -= 0.03 * layer.weight.grad
    if (step + 1) % 3 == 0:
        print(f'step {step + 1}, loss {sq.sum():.3f}')
print(layer.weight.data.reshape((1, 2)))
