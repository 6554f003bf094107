# Q: "one of the variables needed for gradient computation has been modified by an inplace operation" after sigmoid_.
import torch

x = torch.tensor([[0.5, -1.0], [2.0, 0.0]], requires_grad=True)
s = torch.sigmoid(x)
s.mul_(2)
print(s)
s.sum().backward()
