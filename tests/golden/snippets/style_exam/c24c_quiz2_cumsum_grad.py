# Quiz B32: the gradient of cumsum is a reversed cumsum
import torch

vals = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
running = vals.cumsum(0)
running.backward(torch.tensor([1.0, 0.0, 0.0, 1.0]))
print(running, vals.grad)
vals.grad = None
vals.cumprod(0).sum().backward()
print(vals.grad)
