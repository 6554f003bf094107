# Q: x ** 0.5 gives inf gradient and (x*x) ** 0.5 gives nan, at x = 0
import torch

x = torch.tensor([0.0, 0.25], requires_grad=True)
(x ** 0.5).sum().backward()
print(x.grad)
x.grad = None
((x * x) ** 0.5).sum().backward()
print(x.grad)
x.grad = None
x.abs().sum().backward()
print("abs instead:", x.grad)
