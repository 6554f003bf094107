# maximise the mean activation of one conv channel, clamping the image to [0, 1]
import torch
from torch import nn

torch.manual_seed(17)
conv = nn.Conv2d(1, 3, kernel_size=3)
for p in conv.parameters():
    p.requires_grad_(False)
img = torch.full((1, 1, 5, 5), 0.5, requires_grad=True)
for it in range(20):
    objective = conv(img)[0, 2].mean()
    grad, = torch.autograd.grad(objective, img)
    with torch.no_grad():
        img += 0.2 * grad / (grad.abs().mean() + 1e-8)
        img.clamp_(0.0, 1.0)
print(round(objective.item(), 5))
print(img.detach()[0, 0])
print(conv.weight[2, 0])
