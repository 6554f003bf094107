# saliency map for a 3-channel "image": take the max over channels like the paper
import torch
from torch import nn

torch.manual_seed(1)
model = nn.Sequential(nn.Conv2d(3, 4, 3, padding=1), nn.ReLU(), nn.Flatten(), nn.Linear(4 * 5 * 5, 2))
for p in model.parameters():
    p.requires_grad = False
img = torch.rand(1, 3, 5, 5).requires_grad_(True)
out = model(img)
out[0, 1].backward()
sal, _ = img.grad.abs().max(dim=1)
print(sal.shape)
print(sal[0].round(decimals=4))
# normalise to [0, 1] for plotting
sal = (sal - sal.min()) / (sal.max() - sal.min())
print(sal.min().item(), sal.max().item())
print(img.grad.requires_grad, img.grad.grad_fn)
