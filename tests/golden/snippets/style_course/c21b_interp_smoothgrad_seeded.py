# SmoothGrad: average gradients over noisy copies of the input (seeded noise)
import torch
from torch import nn

torch.manual_seed(42)
net = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 4))
x = torch.randn(1, 8)
target = 2
sigma = 0.15 * (x.max() - x.min())
n_samples = 25
total = torch.zeros_like(x)
gen = torch.Generator().manual_seed(7)
for _ in range(n_samples):
    noisy = (x + sigma * torch.randn(x.shape, generator=gen)).requires_grad_(True)
    net(noisy)[0, target].backward()
    total += noisy.grad
smooth = total / n_samples
print("sigma", sigma)
print(smooth)
xr = x.clone().requires_grad_(True)
net(xr)[0, target].backward()
print("plain", xr.grad)
print((smooth - xr.grad).abs().max())
