# Quiz 38: manual SGD update, with and without no_grad
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
(w * w).sum().backward()
try:
    w -= 0.1 * w.grad
except RuntimeError as e:
    print("RuntimeError:", e)
with torch.no_grad():
    w -= 0.1 * w.grad
print(w, w.is_leaf, w.requires_grad)
w = w - 0.1 * w.grad
print(w.is_leaf, w.grad_fn.name())
