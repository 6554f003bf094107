import torch

w = torch.tensor([1., 2.])
w.requires_grad = True
print(w)
print(w.requires_grad, w.is_leaf)
w.requires_grad = False
print(w)
r = w.requires_grad_()
print(r is w, w.requires_grad)
w.requires_grad_(False)
print(w.requires_grad)
