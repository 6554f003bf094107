import torch

x = torch.tensor([1., 2.], dtype=torch.float64, requires_grad=True)
y = (x ** 2).sum()
print(y)
y.backward()
print(x.grad)
print(x.grad.dtype)
