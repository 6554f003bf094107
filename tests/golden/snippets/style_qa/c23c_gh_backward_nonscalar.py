# backward() on a non-scalar output and the two usual fixes.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 2
try:
    y.backward()
except RuntimeError as e:
    print("implicit:", e)
y.backward(gradient=torch.ones_like(y))
print(x.grad)
x.grad = None
y = x * 2
y.sum().backward()
print(x.grad)
try:
    x.grad = None
    (x * 2).backward(torch.ones(2))
except RuntimeError as e:
    print(e)
