# sqrt and log at zero: inf and nan gradients.
import torch

x = torch.tensor([0.0, 1.0], requires_grad=True)
torch.sqrt(x).sum().backward()
print(x.grad)
x.grad = None
(x * torch.log(x)).sum().backward()
print(x.grad)
x.grad = None
torch.xlogy(x, x).sum().backward()
print(x.grad)
x.grad = None
torch.special.xlogy(x, x + 1).sum().backward()
print(x.grad)
