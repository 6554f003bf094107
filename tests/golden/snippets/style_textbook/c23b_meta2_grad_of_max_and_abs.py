import torch

x = torch.tensor([1.0, 3.0, 3.0, -2.0], requires_grad=True)
x.max().backward()
print(x.grad)
x.grad = None
x.max(dim=0).values.backward()
print(x.grad)
x.grad = None
torch.abs(torch.tensor([0.0, -1.0], requires_grad=True)).sum().backward()
y = torch.tensor([0.0, -1.0, 2.0], requires_grad=True)
y.abs().sum().backward()
print(y.grad)
c = torch.tensor([-1.0, 0.5, 1.0, 2.0], requires_grad=True)
c.clamp(0.0, 1.0).sum().backward()
print(c.grad)
