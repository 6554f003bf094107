# Updating a leaf in place without no_grad raises; with no_grad it works.
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
loss = (w ** 2).sum()
loss.backward()
try:
    w -= 0.1 * w.grad
except RuntimeError as e:
    print(e)
with torch.no_grad():
    w -= 0.1 * w.grad
print(w, w.is_leaf, w.requires_grad)
