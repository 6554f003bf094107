import torch
x = torch.tensor([1., 2., 3.], requires_grad=True)
b = torch.zeros(3)
v = b[:2]
b.copy_(x * 2)
print(v, v.requires_grad, v.grad_fn is not None)
(v * 5).sum().backward()
print(x.grad)
