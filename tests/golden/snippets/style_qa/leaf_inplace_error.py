# w += 1 on a leaf that requires grad.
import torch

w = torch.ones(2, requires_grad=True)
try:
    w += 1
except RuntimeError as e:
    print(type(e).__name__, e)
with torch.no_grad():
    w += 1
print(w)
w.data.add_(1)
print(w)
