# Section 7.14: the gradient of xlogy at x = 0
import torch

x = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
y = torch.tensor([0.0, 1.0, 4.0], requires_grad=True)
torch.xlogy(x, y).sum().backward()
print(x.grad)
print(y.grad)
