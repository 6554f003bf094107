# Quiz D1: gradient of median and quantile when values tie
import torch

x = torch.tensor([2.0, 1.0, 2.0, 3.0], requires_grad=True)
x.median().backward()
print(x.grad)
x.grad = None
torch.quantile(x, 0.5).backward()
print(x.grad)
x.grad = None
x.max().backward()
print(x.grad)
x.grad = None
x.amax().backward()
print(x.grad)
