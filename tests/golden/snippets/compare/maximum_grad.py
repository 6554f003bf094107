import torch

a = torch.tensor([1., 5., 3.], requires_grad=True)
b = torch.tensor([4., 2., 3.], requires_grad=True)
m = torch.maximum(a, b)
print(m)
m.sum().backward()
print(a.grad)
print(b.grad)
