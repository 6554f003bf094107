# Quiz 46: a float input and an integer index -- where can grads go?
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
i = torch.tensor([2, 0])
y = x[i] * 2
print(y, y.grad_fn.name())
y.sum().backward()
print(x.grad)
try:
    torch.autograd.grad(y.sum(), i)
except RuntimeError as e:
    print("RuntimeError:", e)
