# Updating weights by hand outside no_grad: the in-place error on a leaf
import torch

w = torch.randn(3, requires_grad=True)
loss = (w ** 2).sum()
loss.backward()
try:
    w -= 0.1 * w.grad
except RuntimeError as e:
    print("RuntimeError:", e)
with torch.no_grad():
    w -= 0.1 * w.grad
print(w.requires_grad, w.is_leaf, w.grad_fn)
w2 = w - 0.1 * w.grad
print(w2.is_leaf, w2.requires_grad, w2.grad_fn.name())
w.data.sub_(0.1 * w.grad)
print(w.is_leaf)
