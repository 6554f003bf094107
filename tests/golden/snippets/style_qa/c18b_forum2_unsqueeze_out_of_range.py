# Q: Dimension out of range when adding a batch dimension
import torch

v = torch.tensor([1.0, 2.0, 3.0])
try:
    v.unsqueeze(2)
except IndexError as err:
    print("IndexError:", err)
try:
    v.sum(dim=1)
except IndexError as err:
    print("IndexError:", err)
print(v.unsqueeze(-1).shape, v.unsqueeze(1).shape)
try:
    v.transpose(0, 1)
except IndexError as err:
    print("IndexError:", err)
