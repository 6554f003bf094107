# std and var of one element: nan, with a warning, and a nan gradient.
import torch

x = torch.tensor([3.0], requires_grad=True)
s = x.std()
print(s)
s.backward()
print(x.grad)
print(x.std(unbiased=False), x.var(correction=0))
y = torch.tensor([1.0, 2.0, 4.0], requires_grad=True)
y.var().backward()
print(y.grad)
