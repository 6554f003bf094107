# Basic indexing gives views; advanced indexing gives copies.
import torch

a = torch.arange(12.0).view(3, 4)
basic = a[1:, :2]
fancy = a[[1, 2]][:, [0, 1]]
print(torch.equal(basic, fancy))
basic[0, 0] = -5
fancy[1, 1] = -9
print(a)
print(a[[0, 2], [1, 3]])
print(a[torch.tensor([[0, 1], [2, 2]])].shape)
print(a[:, [True, False, True, False]])
