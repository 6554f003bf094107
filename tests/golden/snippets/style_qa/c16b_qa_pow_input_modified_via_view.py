# Q: modifying the input through a view after using it.
import torch

a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
b = a * 1
c = b ** 2
b.view(-1)[0] = 10.0
try:
    c.sum().backward()
except RuntimeError as e:
    print(e)
print(b, b._version)
