import torch

w = torch.ones(2, requires_grad=True)
x = w.data * 3
print(x.requires_grad, x.grad_fn)
y = w.detach() * 3
y[0] = 100
print(w)
z = w.data
z[1] = -5
print(w, w.requires_grad)
