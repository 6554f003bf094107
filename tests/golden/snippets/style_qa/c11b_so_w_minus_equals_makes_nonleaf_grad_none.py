# Q: "after the first step my weight's .grad is None" -- w = w - lr * w.grad rebinds w to a non-leaf.
import torch

torch.manual_seed(0)
x = torch.randn(10, 3)
y = x.sum(1, keepdim=True)
w = torch.randn(3, 1, requires_grad=True)
for step in range(2):
    loss = ((x @ w - y) ** 2).mean()
    loss.backward()
    print(step, w.is_leaf, w.grad_fn, w.grad)
    try:
        w = w - 0.1 * w.grad
    except TypeError as e:
        print("TypeError:", e)
        break
print(w.is_leaf, w.requires_grad, type(w.grad_fn).__name__)
# the fix: update in place under no_grad
w = torch.randn(3, 1, requires_grad=True)
for step in range(3):
    loss = ((x @ w - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
    w.grad.zero_()
    print(step, round(loss.item(), 5), w.is_leaf)
