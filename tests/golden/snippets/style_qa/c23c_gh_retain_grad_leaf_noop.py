# Issue: "retain_grad on a leaf" is a no-op; retains_grad stays False for leaves.
import torch

w = torch.tensor(1.0, requires_grad=True)
w.retain_grad()
print(w.retains_grad, w.is_leaf)
h = w * 2
h.retain_grad()
h.retain_grad()
print(h.retains_grad)
(h * 3).backward()
print(w.grad, h.grad)
c = torch.tensor(1.0)
try:
    c.retain_grad()
except RuntimeError as e:
    print(e)
