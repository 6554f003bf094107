# Q&A: "why is my .grad None?" The tensor was made a non-leaf by .double() after requires_grad.
import torch

torch.manual_seed(51)
a = torch.rand(4, requires_grad=True).double()
b = torch.rand(4, dtype=torch.float64, requires_grad=True)
loss = (a * b).sum()
loss.backward()
print(a.is_leaf, b.is_leaf, a.grad_fn)
print(a.grad)
print(b.grad)
c = torch.rand(4).double().requires_grad_()
(c * 2).sum().backward()
print(c.is_leaf, c.grad)
