# Q&A: "a leaf Variable that requires grad is being used in an in-place operation" when updating
# weights by hand, and the two usual fixes (no_grad, or .data).
import torch

torch.manual_seed(50)
w = torch.randn(3, requires_grad=True)
x = torch.tensor([1.0, 2.0, 3.0])
loss = ((w * x).sum() - 4.0) ** 2
loss.backward()
try:
    w -= 0.01 * w.grad
except RuntimeError as e:
    print(e)
with torch.no_grad():
    w -= 0.01 * w.grad
print(w, w.is_leaf, w.requires_grad)
w.data.sub_(0.01 * w.grad)
print(w)
w = w - 0.01 * w.grad
print(w.is_leaf, w.grad_fn)
