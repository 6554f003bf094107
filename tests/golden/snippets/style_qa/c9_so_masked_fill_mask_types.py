# Q: masked_fill needs a bool mask: uint8/float masks, a tensor value with dims, and the in-place version on a leaf.
import torch

x = torch.arange(6.0).view(2, 3)
m = x > 2
print(x.masked_fill(m, -1.0))
try:
    x.masked_fill(m.float(), 0.0)
except RuntimeError as e:
    print(e)
try:
    x.masked_fill(m.to(torch.uint8), 0.0)
except RuntimeError as e:
    print(e)
try:
    x.masked_fill(m, torch.tensor([1.0, 2.0]))
except RuntimeError as e:
    print(e)
print(x.masked_fill(m, torch.tensor(9.0)))
print(x.masked_fill(torch.tensor([True, False, True]), float("-inf")))
try:
    x.masked_fill(torch.tensor([True, False]), 0.0)
except RuntimeError as e:
    print(e)
w = torch.ones(2, 3, requires_grad=True)
try:
    w.masked_fill_(m, 0.0)
except RuntimeError as e:
    print(e)
y = w.masked_fill(m, 0.0)
y.sum().backward()
print(w.grad, y.grad_fn)
print(torch.arange(4).masked_fill(torch.tensor([1, 0, 1, 0]).bool(), 2.7))
