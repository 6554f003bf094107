# trying to normalise my weights in place
import torch

w = torch.ones(4, requires_grad=True)
try:
    w /= w.sum()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    w[0] = 5.0
except RuntimeError as e:
    print("RuntimeError:", e)
with torch.no_grad():
    w /= w.sum()
print(w, w.requires_grad, w.is_leaf, w.grad_fn)
