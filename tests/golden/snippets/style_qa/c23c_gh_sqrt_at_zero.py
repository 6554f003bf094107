# sqrt at 0 has an infinite gradient; the usual epsilon fix.
import torch

x = torch.tensor([0.0, 1.0, 4.0], requires_grad=True)
x.sqrt().sum().backward()
print(x.grad)
x.grad = None
(x + 1e-8).sqrt().sum().backward()
print(x.grad)
x.grad = None
(x ** 0.5).sum().backward()
print(x.grad)
