# Quiz: gradient of the last element of a cumulative sum and of the whole sum.
import torch

x = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
c = x.cumsum(0)
c[1].backward(retain_graph=True)
print(x.grad)
x.grad = None
c.sum().backward()
print(x.grad)
