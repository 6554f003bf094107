import torch

x = torch.tensor([-2., 0.5, 3.], requires_grad=True)
y = x.clamp(0, 1)
print(y)
print(y.grad_fn)
y.sum().backward()
print(x.grad)
z = torch.tensor([-1., 1.], requires_grad=True).clamp(min=0)
print(z.grad_fn.name())
