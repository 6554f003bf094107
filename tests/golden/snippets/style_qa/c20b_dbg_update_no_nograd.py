# manual SGD without no_grad
import torch

w = torch.tensor([1.0, -1.0], requires_grad=True)
x = torch.tensor([0.5, 2.0])
loss = (w @ x - 1) ** 2
loss.backward()
try:
    w -= 0.1 * w.grad
except RuntimeError as e:
    print("RuntimeError:", e)
w = w - 0.1 * w.grad
print(w, w.is_leaf, w.grad_fn)
loss = (w @ x - 1) ** 2
loss.backward()
print(w.grad)
