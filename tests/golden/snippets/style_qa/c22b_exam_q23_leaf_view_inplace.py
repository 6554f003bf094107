import torch

# Q23. Can you modify a view of a leaf in-place?
a = torch.zeros(4, requires_grad=True)
v = a[:2]
try:
    v.fill_(1.0)
except RuntimeError as e:
    print(e)
print(v.is_leaf, v._base is a)
