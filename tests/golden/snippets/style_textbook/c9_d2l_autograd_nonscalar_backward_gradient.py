# Backward for non-scalar variables: pass a gradient vector, or sum first; gradients accumulate.
import torch

x = torch.arange(4.0)
x.requires_grad_(True)
print(x.grad)
y = 2 * torch.dot(x, x)
print(y)
y.backward()
print(x.grad, x.grad == 4 * x)
x.grad.zero_()
y = x.sum()
y.backward()
print(x.grad)
x.grad.zero_()
y = x * x
y.backward(gradient=torch.ones(len(y)))
print(x.grad)
x.grad.zero_()
y = x * x
y.sum().backward()
print(x.grad)
y = x * x
try:
    y.backward()
except RuntimeError as e:
    print("RuntimeError:", e)
y = x * x
y.backward(torch.tensor([1.0, 0.1, 0.01, 0.001]))
print(x.grad)
z = torch.outer(x, x)
z.backward(torch.eye(4))
print(x.grad)
