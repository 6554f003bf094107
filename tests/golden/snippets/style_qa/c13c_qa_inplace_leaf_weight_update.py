# "I update my weights by hand and get an error about a leaf Variable"
import torch

w = torch.randn(3, requires_grad=True)
x = torch.tensor([1.0, 2.0, 3.0])
loss = (w * x).sum() ** 2
loss.backward()
try:
    w -= 0.1 * w.grad
except RuntimeError as e:
    print("error:", e)
try:
    w.sub_(0.1 * w.grad)
except RuntimeError as e:
    print("error again:", e)
with torch.no_grad():
    w -= 0.1 * w.grad
print(w.requires_grad, w.is_leaf, w.grad_fn)
w.data.mul_(2)
print(w.grad is not None)
w.grad = None
print(w.grad)
