# A tiny video-style block: Conv3d then MaxPool3d, with values and gradients small enough to read
import torch
from torch import nn

clip = torch.arange(2 * 1 * 3 * 4 * 4, dtype=torch.float32).view(2, 1, 3, 4, 4) / 10
conv = nn.Conv3d(1, 2, kernel_size=2, bias=True)
with torch.no_grad():
    conv.weight.copy_(torch.tensor([1.0, -1.0]).view(2, 1, 1, 1, 1).expand(2, 1, 2, 2, 2) / 8)
    conv.bias.fill_(0.5)
clip.requires_grad_()
feat = conv(clip)
pooled, idx = nn.functional.max_pool3d(feat, kernel_size=(1, 2, 2), return_indices=True)
print(feat.shape, pooled.shape, pooled.grad_fn.name())
print(pooled[0, :, 0], idx[0, 0])
pooled.sum().backward()
print(clip.grad[0, 0, 0], conv.weight.grad.view(2, -1), conv.bias.grad)
print(nn.MaxPool3d(2, stride=1)(clip.detach())[1, 0, 0])
try:
    conv(torch.zeros(1, 3, 2, 4, 4))
except RuntimeError as e:
    print("RuntimeError:", e)
