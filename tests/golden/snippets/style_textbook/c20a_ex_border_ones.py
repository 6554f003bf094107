# Exercise: a 2d tensor with 1 on the border and 0 inside
import torch

Z = torch.ones(6, 6)
Z[1:-1, 1:-1] = 0
print(Z)
# Exercise: add a border of zeros around an existing tensor
Z = torch.ones(3, 3)
Z = torch.nn.functional.pad(Z, (1, 1, 1, 1), mode="constant", value=0)
print(Z)
