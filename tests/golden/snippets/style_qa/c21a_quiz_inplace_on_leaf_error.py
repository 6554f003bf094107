# Quiz: can you add 1 in place to a leaf that requires grad?
import torch

w = torch.zeros(3, requires_grad=True)
try:
    w += 1
except RuntimeError as e:
    print(type(e).__name__, e)
with torch.no_grad():
    w += 1
print(w)
print(w.is_leaf, w.grad_fn)
