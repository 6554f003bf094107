# Q: "a leaf Variable that requires grad is being used in an in-place operation" in my gradient step.
import torch

w = torch.tensor([0.5, -1.5], requires_grad=True)
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
loss = (x @ w).pow(2).sum()
loss.backward()
try:
    w -= 0.01 * w.grad
except RuntimeError as e:
    print(e)
print(w)
w2 = w - 0.01 * w.grad
print(w2, w2.is_leaf, w2.grad_fn)
with torch.no_grad():
    w -= 0.01 * w.grad
print(w, w.is_leaf, w.requires_grad)
try:
    w.zero_()
except RuntimeError as e:
    print(e)
