# Exercise: a 3x3 matrix with values ranging from 0 to 8
import torch

Z = torch.arange(9).reshape(3, 3)
print(Z)
# Exercise: find indices of non-zero elements from [1,2,0,0,4,0]
nz = torch.nonzero(torch.tensor([1, 2, 0, 0, 4, 0]))
print(nz)
print(torch.tensor([1, 2, 0, 0, 4, 0]).nonzero(as_tuple=True))
