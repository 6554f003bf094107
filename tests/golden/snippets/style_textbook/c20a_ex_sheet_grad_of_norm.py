# Autograd sheet, task 7: gradient of the L2 norm equals x / ||x|| (and at zero?)
import torch

x = torch.tensor([3.0, 4.0], requires_grad=True)
x.norm().backward()
print(x.grad, x.detach() / 5)
z = torch.zeros(2, requires_grad=True)
z.norm().backward()
print(z.grad)
s = torch.zeros(2, requires_grad=True)
torch.sqrt((s ** 2).sum()).backward()
print(s.grad)
