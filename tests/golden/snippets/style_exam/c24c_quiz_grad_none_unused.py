# Quiz 15: which grads are None?
import torch

p = torch.tensor(1.0, requires_grad=True)
q = torch.tensor(2.0, requires_grad=True)
r = torch.tensor(3.0, requires_grad=True)
prod = p * q
prod.backward()
print(p.grad, q.grad, r.grad)
g = torch.autograd.grad(p * 2, [p, r], allow_unused=True)
print(g)
try:
    torch.autograd.grad(p * 2, [p, r])
except RuntimeError as e:
    print("RuntimeError:", e)
