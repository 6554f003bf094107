# Issue: "requires_grad=True on arange with integer args fails" — float args work.
import torch

try:
    torch.arange(3, requires_grad=True)
except RuntimeError as e:
    print("RuntimeError:", e)
t = torch.arange(3.0, requires_grad=True)
print(t, t.is_leaf)
(t ** 2).sum().backward()
print(t.grad)
print(torch.linspace(0, 1, 3, requires_grad=True).requires_grad, torch.zeros(2, dtype=torch.int64).requires_grad)
