import torch

w = torch.tensor([0.5, -0.5], requires_grad=True)
print(w)
print(w.requires_grad, w.is_leaf, w.grad, w.grad_fn)
b = torch.zeros(3, requires_grad=True)
print(b)
s = torch.tensor(2.0, requires_grad=True)
print(s)
