# Q: my tensor prints as 0.0000 but is not zero.
import torch

t = torch.tensor([1.0, 0.00001])
print(t)
print(t[1], t[1].item())
u = torch.tensor([0.00004, 0.00002])
print(u)
print(torch.tensor([100.0, 0.00004]))
print(torch.tensor([0.00004]) * 1e4)
