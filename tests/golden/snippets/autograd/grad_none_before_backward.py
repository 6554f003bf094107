import torch

x = torch.tensor([1., 2., 3.], requires_grad=True)
print(x.grad)
y = (x * x).sum()
print(x.grad)
y.backward()
print(x.grad)
print(x.grad.dtype, x.grad.shape, x.grad.requires_grad)
