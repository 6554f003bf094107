# torch.narrow_copy / Tensor.narrow_copy: a copy, its gradient node, out= and its bounds errors
import torch

x = torch.arange(12.).view(3, 4)
y = torch.narrow_copy(x, 1, -2, 2)
y[0, 0] = 100
print(y, x[0, 2], y.is_contiguous())
print(x.narrow_copy(0, torch.tensor(1), 2), torch.narrow_copy(x, 0, 3, 0).shape)
w = torch.arange(6., requires_grad=True)
z = w.narrow_copy(0, 1, 3)
print(z)
(z * torch.tensor([1., 2., 3.])).sum().backward()
print(w.grad)
print(torch.narrow_copy(x, 0, 0, 1, out=torch.empty(0)))
for args in [(0, 5, 1), (0, -4, 1), (0, 3, 1), (0, 1, -1), (5, 0, 1), (-3, 0, 1), (0, 0.5, 1)]:
    try:
        x.narrow_copy(*args)
    except (IndexError, RuntimeError, TypeError) as e:
        print(type(e).__name__, e)
try:
    torch.narrow_copy(torch.tensor(1.), 0, 0, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
