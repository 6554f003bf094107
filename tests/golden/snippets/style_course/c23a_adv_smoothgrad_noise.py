# SmoothGrad: average the input gradient over noisy copies of the input
import torch

torch.manual_seed(7)
w = torch.tensor([[2.0, -1.0], [0.5, 1.5], [-1.0, 0.3]])
def score(x):
    return torch.relu(x @ w).sum(-1)

x = torch.tensor([0.3, -0.2, 0.6])
n, sigma = 8, 0.15
noisy = x + sigma * torch.randn(n, 3)
noisy.requires_grad_(True)
score(noisy).sum().backward()
print(noisy.grad)
smooth = noisy.grad.mean(0)
print("smoothgrad:", smooth)
x1 = x.clone().requires_grad_(True)
score(x1).backward()
print("vanilla:", x1.grad)
