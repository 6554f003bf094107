# torch.autograd.grad ile gradyanı doğrudan almak
import torch

x = torch.linspace(-1, 1, 5, requires_grad=True)
y = (x ** 3).sum()
(türev,) = torch.autograd.grad(y, x)
print("3x^2:", türev)
print("x.grad dokunulmadı mı?", x.grad is None)
y2 = (x ** 3).sum()
türev1, = torch.autograd.grad(y2, x, create_graph=True)
türev2, = torch.autograd.grad(türev1.sum(), x)
print("İkinci türev (6x):", türev2)
