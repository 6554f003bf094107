# Q: after `w = w - lr * w.grad` my second iteration fails with NoneType: why is w.grad None now?
import torch
import warnings

torch.manual_seed(1)
x = torch.randn(10, 3)
y = x @ torch.tensor([1.0, -2.0, 0.5])
w = torch.randn(3, requires_grad=True)
for it in range(2):
    loss = ((x @ w - y) ** 2).mean()
    loss.backward()
    print(it, loss.item(), w.is_leaf, w.grad_fn)
    try:
        w = w - 0.1 * w.grad
    except TypeError as e:
        print("TypeError:", e)
        break
print(type(w.grad))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    g = w.grad
print(len(caught), caught[0].category.__name__ if caught else None)
# fix: detach and re-enable grad, or update in place under no_grad
w = w.detach().requires_grad_()
loss = ((x @ w - y) ** 2).mean()
loss.backward()
print(w.is_leaf, w.grad)
