# The same trap with log: where(x > 0, log(x), 0) gives NaN/inf grads at x <= 0.
import torch

x = torch.tensor([0.0, 1.0, -2.0], requires_grad=True)
torch.where(x > 0, x.log(), x * 0).sum().backward()
print(x.grad)
x.grad.zero_()
torch.where(x > 0, x.clamp(min=1e-12).log(), x * 0).sum().backward()
print(x.grad)
