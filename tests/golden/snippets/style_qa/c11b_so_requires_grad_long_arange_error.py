# Q: requires_grad on an integer tensor: torch.arange / randint / tensor([1, 2]) and how to make it float.
import torch

for make in [lambda: torch.arange(5, requires_grad=True),
             lambda: torch.tensor([1, 2, 3], requires_grad=True),
             lambda: torch.randint(0, 10, (3,)).requires_grad_()]:
    try:
        make()
    except RuntimeError as e:
        print("RuntimeError:", e)
t = torch.arange(5.0, requires_grad=True)
print(t, t.dtype)
t2 = torch.arange(5, dtype=torch.float32, requires_grad=True)
print(t2.requires_grad, t2.is_leaf)
t3 = torch.tensor([1, 2, 3]).float().requires_grad_()
print(t3)
b = torch.tensor([True, False])
try:
    b.requires_grad = True
except RuntimeError as e:
    print("RuntimeError:", e)
c = torch.tensor([1 + 2j], requires_grad=True)
print(c.requires_grad, c.dtype)
