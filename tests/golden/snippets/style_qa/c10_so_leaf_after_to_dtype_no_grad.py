# Q: my weights created with requires_grad=True and then .double()/.float() never get a .grad.
import torch

w = torch.randn(3, requires_grad=True).double()
print(w.is_leaf, w.grad_fn)
(w * 2).sum().backward()
print(w.grad)
w2 = torch.randn(3, dtype=torch.float64, requires_grad=True)
(w2 * 2).sum().backward()
print(w2.grad)
w3 = torch.randn(3).double().requires_grad_()
print(w3.is_leaf)
b = torch.zeros(2, requires_grad=True) + 1
print(b.is_leaf)
try:
    torch.optim.SGD([b], lr=0.1)
except ValueError as e:
    print("ValueError:", e)
c = torch.zeros(2, requires_grad=True).clone()
print(c.is_leaf, c.grad_fn.name())
