import torch

x = torch.tensor([1., 2., 3.], requires_grad=True)
y = x * 2
y[0] = 0.
print(y)
print(y.grad_fn)
y.sum().backward()
print(x.grad)
