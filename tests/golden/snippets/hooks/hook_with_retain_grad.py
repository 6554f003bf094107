import torch

x = torch.tensor([1., 2.], requires_grad=True)
y = x * 3
y.retain_grad()
y.register_hook(lambda g: g * 100)
y.sum().backward()
print(y.grad)
print(x.grad)
