# Quiz 12: in-place on a view of a leaf
import torch

leaf = torch.zeros(4, requires_grad=True)
v = leaf[:2]
print(v.is_leaf, v._base is leaf, v.grad_fn)
try:
    v.add_(1)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    leaf.mul_(2)
except RuntimeError as e:
    print("RuntimeError:", e)
