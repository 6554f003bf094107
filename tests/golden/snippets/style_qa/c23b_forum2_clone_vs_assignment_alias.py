import torch

a = torch.zeros(3)
b = a
c = a.clone()
b[0] = 1
print(a, c)
d = a[:2]
d += 5
print(a)
e = a.tolist()
e[2] = 99
print(a, e)
w = torch.ones(2, requires_grad=True)
cl = w.clone()
print(cl.requires_grad, cl.grad_fn.name(), w.detach().clone().requires_grad)
