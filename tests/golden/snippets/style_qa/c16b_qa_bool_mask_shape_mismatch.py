# Q: The shape of the mask does not match the shape of the indexed tensor
import torch

m = torch.arange(6.0).view(2, 3)
mask = torch.tensor([True, False, True])
try:
    m[mask]
except IndexError as e:
    print(e)
print(m[:, mask])
print(m[m > 2])
row_mask = torch.tensor([False, True])
print(m[row_mask])
m[m > 3] = 0
print(m)
