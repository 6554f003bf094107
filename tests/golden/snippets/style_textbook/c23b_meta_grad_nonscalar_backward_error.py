import torch

w = torch.ones(2, 2, requires_grad=True)
out = w * 3
try:
    out.backward()
except RuntimeError as e:
    print(e)
out.backward(torch.ones_like(out))
print(w.grad)
g = torch.autograd.grad(out.sum(), w)
print(type(g).__name__, len(g))
