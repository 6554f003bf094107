import torch

x = torch.tensor([1., 2.], requires_grad=True)
y = x * 2
y.retain_grad()
y.sum().backward()
print(y.grad)
print(x.grad)
print(y.is_leaf)
