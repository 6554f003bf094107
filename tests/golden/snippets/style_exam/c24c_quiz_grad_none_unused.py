# Quiz 15: which grads are None?
import torch

a = torch.tensor(1.0, requires_grad=True)
b = torch.tensor(2.0, requires_grad=True)
c = torch.tensor(3.0, requires_grad=True)
out = a * b
out.backward()
print(a.grad, b.grad, c.grad)
g = torch.autograd.grad(a * 2, [a, c], allow_unused=True)
print(g)
try:
    torch.autograd.grad(a * 2, [a, c])
except RuntimeError as e:
    print("RuntimeError:", e)
