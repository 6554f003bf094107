# An in-place change of a tensor that backward still needs.
import torch

x = torch.tensor([0.5, 1.0, 1.5], requires_grad=True)
a = x.sigmoid()
a.mul_(2)
a.sum().backward()
