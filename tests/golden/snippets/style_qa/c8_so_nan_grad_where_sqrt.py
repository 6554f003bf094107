# Q: my gradient is NaN even though torch.where picks the safe branch (sqrt/log at zero).
import torch

x = torch.tensor([0.0, 1.0, 4.0], requires_grad=True)
y = torch.where(x > 0, torch.sqrt(x), torch.zeros_like(x))
y.sum().backward()
print(y, x.grad)

x.grad = None
safe = torch.where(x > 0, x, torch.ones_like(x))
y = torch.where(x > 0, torch.sqrt(safe), torch.zeros_like(x))
y.sum().backward()
print(x.grad)

v = torch.zeros(3, requires_grad=True)
n = v.norm()
n.backward()
print(n, v.grad)

p = torch.tensor([0.0, 0.5], requires_grad=True)
l = (p * torch.log(p)).sum()
l.backward()
print(l, p.grad)
print(torch.xlogy(torch.tensor([0.0, 0.5]), torch.tensor([0.0, 0.5])))
z = torch.tensor([1.0, 2.0], requires_grad=True)
torch.nan_to_num(torch.log(z - 1)).sum().backward()
print(z.grad)
