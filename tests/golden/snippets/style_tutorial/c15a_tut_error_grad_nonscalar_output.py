# Forgot to reduce before backward: grad of a vector output
import torch

x = torch.linspace(-1, 1, 5, requires_grad=True)
y = 3 * x ** 3 - x
print(y)
try:
    y.backward()
except RuntimeError as e:
    print("RuntimeError:", e)
y.backward(torch.ones_like(y), retain_graph=True)
print(x.grad)
g, = torch.autograd.grad(y, x, grad_outputs=torch.ones(5))
print(g)
torch.autograd.grad(y, x)
