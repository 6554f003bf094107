# Issue: "a view of a leaf Variable that requires grad is being used in an in-place operation".
import torch

w = torch.ones(2, 3, requires_grad=True)
row = w[0]
try:
    row.mul_(2)
except RuntimeError as e:
    print(e)
t = w.t()
try:
    t.zero_()
except RuntimeError as e:
    print(e)
with torch.no_grad():
    w[0].mul_(2)
print(w, w.is_leaf)
