# In-place add on exp's output; the message names the version numbers.
import torch

a = torch.ones(3, requires_grad=True)
b = a.exp()
b += 1
try:
    b.sum().backward()
except RuntimeError as e:
    print(e)
c = a * 2
c += 1
c.sum().backward()
print(a.grad)
