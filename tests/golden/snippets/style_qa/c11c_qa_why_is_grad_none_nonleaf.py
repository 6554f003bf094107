# Q: "Why is my .grad None?" - the tensor I look at is not a leaf (it came out of .to / * / view).
import torch

w = torch.randn(3, requires_grad=True).double()
print(w.is_leaf, w.grad_fn)
loss = (w ** 2).sum()
loss.backward()
print(w.grad)
w = torch.randn(3, dtype=torch.double, requires_grad=True)
(w ** 2).sum().backward()
print(w.grad is None)
v = torch.ones(2, 2, requires_grad=True)
flat = v.view(-1)
flat.sum().backward()
print(v.grad, flat.grad)
