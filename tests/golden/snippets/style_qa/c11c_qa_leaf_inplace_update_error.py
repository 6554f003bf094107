# Q: "a leaf Variable that requires grad is being used in an in-place operation" in my SGD step.
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
loss = (w * torch.tensor([3.0, -1.0])).sum()
loss.backward()
try:
    w -= 0.1 * w.grad
except RuntimeError as e:
    print("RuntimeError:", e)
print(w)
with torch.no_grad():
    w -= 0.1 * w.grad
print(w, w.requires_grad, w.is_leaf)
w.data -= 0.1 * w.grad
print(w)
w = w - 0.1 * w.grad
print(w.is_leaf, w.grad_fn)
w.add_(1.0)
print(w)
