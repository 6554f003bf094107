# Q: why can't an integer tensor require gradients?
import torch

try:
    idx = torch.tensor([1, 2, 3], requires_grad=True)
except RuntimeError as e:
    print("RuntimeError:", e)
t = torch.arange(4)
try:
    t.requires_grad_()
except RuntimeError as e:
    print("RuntimeError:", e)
f = torch.arange(4, dtype=torch.float32, requires_grad=True)
print(f)
print(f.long().requires_grad, f.argmax().requires_grad, (f > 1).requires_grad)
print(f.round().requires_grad, f.floor().grad_fn)
b = torch.tensor([True, False])
try:
    b.requires_grad = True
except RuntimeError as e:
    print("RuntimeError:", e)
c = torch.tensor([1 + 2j], requires_grad=True)
print(c.requires_grad, c.dtype)
