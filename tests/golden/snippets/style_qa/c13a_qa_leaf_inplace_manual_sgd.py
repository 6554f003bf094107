# Q: "a leaf Variable that requires grad is being used in an in-place operation" in my manual SGD update.
import torch

torch.manual_seed(9)
w = torch.randn(3, requires_grad=True)
x = torch.randn(5, 3)
y = x @ torch.tensor([1.0, -1.0, 2.0])
loss = ((x @ w - y) ** 2).mean()
loss.backward()
try:
    w -= 0.1 * w.grad
except RuntimeError as e:
    print(e)
try:
    w.data.sub_(0.0)
    w[0] = 1.0
except RuntimeError as e:
    print(e)
w2 = w - 0.1 * w.grad
print(w2.is_leaf, w2.requires_grad, w2.grad_fn.name())
with torch.no_grad():
    w -= 0.1 * w.grad
print(w.is_leaf, w.requires_grad, w.grad_fn)
w.grad.zero_()
for step in range(3):
    loss = ((x @ w - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w.sub_(0.1 * w.grad)
    w.grad = None
    print(step, f"{loss.item():.5f}")
print(w._version > 0)
