# A tensor made with requires_grad then converted is not a leaf, so its .grad stays None.
import torch

w = torch.ones(2, requires_grad=True).to(torch.float64)
b = torch.zeros(2, dtype=torch.float64).requires_grad_()
loss = (w * 3 + b).sum()
loss.backward()
print(w.is_leaf, w.grad_fn)
print(w.grad)
print(b.grad)
