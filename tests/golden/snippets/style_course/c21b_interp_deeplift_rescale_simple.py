# DeepLIFT rescale rule on a single sigmoid unit, compared with gradient x delta
import torch

w = torch.tensor([2.0, -1.0, 0.5])
x = torch.tensor([1.0, 1.0, 2.0], requires_grad=True)
x0 = torch.zeros(3)
z, z0 = x @ w, x0 @ w
y, y0 = torch.sigmoid(z), torch.sigmoid(z0)
multiplier = (y - y0) / (z - z0)
contrib = multiplier * w * (x - x0)
print(contrib)
print(contrib.sum(), y - y0)
y.backward()
print("grad*delta", x.grad * (x - x0).detach())
print(multiplier.item())
