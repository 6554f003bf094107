import torch

x = torch.randn(3, requires_grad=True)
y = x * 2
try:
    torch.autograd.grad(y, x)
except Exception as e:
    print(type(e).__name__, e)
try:
    torch.autograd.grad(y, x, grad_outputs=torch.ones(2))
except Exception as e:
    print(type(e).__name__, e)
g, = torch.autograd.grad(y, x, grad_outputs=torch.tensor([1.0, 0.0, -1.0]))
print(g)
