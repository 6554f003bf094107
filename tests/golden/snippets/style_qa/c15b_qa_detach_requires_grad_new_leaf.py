# Q: I want to optimise an intermediate as its own variable. detach().requires_grad_()?
import torch

w = torch.tensor([2.0, 3.0], requires_grad=True)
h = w * 4
z = h.detach().requires_grad_()
print(z.is_leaf, z.grad_fn, z.requires_grad)
loss = (z ** 2).sum()
loss.backward()
print(z.grad, w.grad)
z2 = h.detach().clone().requires_grad_(True)
z2.data += 1
print(h, z2)
try:
    h.requires_grad_(False)
except RuntimeError as e:
    print(e)
