# Quiz 3: in-place update of a leaf that requires grad
import torch

w = torch.ones(3, requires_grad=True)
try:
    w += 1
except RuntimeError as e:
    print("Error:", e)
with torch.no_grad():
    w += 1
print(w, w.is_leaf, w.grad_fn)
w.data.mul_(2)
print(w)
