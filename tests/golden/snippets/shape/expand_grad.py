import torch

v = torch.tensor([1., 2., 3.], requires_grad=True)
e = v.expand(4, 3)
print(e)
e.sum().backward()
print(v.grad)
s = torch.tensor([2.], requires_grad=True)
(s * torch.ones(5)).sum().backward()
print(s.grad)
