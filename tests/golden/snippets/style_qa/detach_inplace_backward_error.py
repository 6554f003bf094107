# Changing a detached copy in place breaks the graph it came from.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x.exp()
z = y.detach()
z.zero_()
print(y)
y.sum().backward()
