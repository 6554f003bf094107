import torch

x = torch.arange(6., requires_grad=True)
y = x.view(2, 3).t() * torch.tensor([[1.], [2.], [3.]])
print(y)
y.sum().backward()
print(x.grad)
a = torch.tensor([1., 2.], requires_grad=True)
torch.cat([a, a * 3]).sum().backward()
print(a.grad)
