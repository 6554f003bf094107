# In-place on a view of a leaf, and on an expanded tensor.
import torch

leaf = torch.zeros(2, 2, requires_grad=True)
v = leaf.view(4)
try:
    v.add_(1)
except RuntimeError as e:
    print(e)
e = torch.zeros(1, 3).expand(2, 3)
try:
    e.add_(1)
except RuntimeError as err:
    print(err)
print(e.stride(), e.is_contiguous())
