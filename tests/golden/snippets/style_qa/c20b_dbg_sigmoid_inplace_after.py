# modifying the output of sigmoid in place breaks backward
import torch

x = torch.tensor([0.0, 1.0], requires_grad=True)
s = torch.sigmoid(x)
s.add_(1.0)
print(s._version)
s.sum().backward()
