# Q: x[mask] = 0 on a tensor that needs grad; masked_fill vs where and which grads flow.
import torch

x = torch.tensor([-1.0, 2.0, -3.0, 4.0], requires_grad=True)
y = x * 2
mask = y < 0
y[mask] = 0.0
print(y, y.grad_fn)
y.sum().backward()
print(x.grad)
x.grad = None
z = (x * 2).masked_fill(x < 0, 0.0)
z.sum().backward()
print(z.grad_fn.name(), x.grad)
x.grad = None
w = torch.where(x > 0, x ** 2, torch.zeros_like(x))
w.sum().backward()
print(x.grad)
try:
    x[x < 0] = 0.0
except RuntimeError as e:
    print("RuntimeError:", e)
m = torch.tensor([True, False, True, False])
print(x[m], x[m].grad_fn.name())
try:
    x.detach()[torch.tensor([1, 0, 1, 0])] = 5
    print("int index mask assigns positions 1 and 0")
except IndexError as e:
    print(e)
