# Q: "a view of a leaf Variable that requires grad is being used in an in-place operation" when setting w[0].
import torch

w = torch.zeros(3, 2, requires_grad=True)
try:
    w[0] = 1.0
except RuntimeError as e:
    print(e)
try:
    w[:, 1].fill_(2.0)
except RuntimeError as e:
    print(e)
try:
    w.t().mul_(2)
except RuntimeError as e:
    print(e)
with torch.no_grad():
    w[0] = 1.0
    w[:, 1].fill_(2.0)
print(w, w.is_leaf)
b = w.view(6)
print(b.is_leaf, b.requires_grad, b._base is w)
try:
    b.add_(1)
except RuntimeError as e:
    print(e)
d = w.detach()
d[2, 0] = 5.0
print(w)
(w.sum() * 2).backward()
print(w.grad)
