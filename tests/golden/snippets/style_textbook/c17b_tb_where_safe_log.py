# The double-where trick keeps NaN out of the backward pass.
import torch

x = torch.tensor([-1.0, 0.0, 2.0], requires_grad=True)
naive = torch.where(x > 0, torch.log(x), torch.zeros_like(x))
naive.sum().backward()
print(naive, x.grad)
x.grad = None
safe_x = torch.where(x > 0, x, torch.ones_like(x))
safe = torch.where(x > 0, torch.log(safe_x), torch.zeros_like(x))
safe.sum().backward()
print(safe, x.grad)
