# Updating a leaf in place: refused under grad mode, fine under no_grad.
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
(w ** 2).sum().backward()
try:
    w -= 0.1 * w.grad
except RuntimeError as err:
    print(err)
with torch.no_grad():
    w -= 0.1 * w.grad
print(w, w.is_leaf, w.requires_grad)
try:
    w[0] = 0.0
except RuntimeError as err:
    print(err)
try:
    w[:1].zero_()
except RuntimeError as err:
    print(err)
