# numpy fancy indexing habits in torch
import numpy as np
import torch

a = np.arange(20).reshape(4, 5)
t = torch.arange(20).reshape(4, 5)
rows = [0, 2, 3]
cols = [1, 1, 4]
print(a[rows, cols], t[rows, cols])
print(t[[1, 3]])
print(t[:, [0, -1]])
print(t[np.array([2, 0])])
print(t[torch.tensor([[0, 1], [2, 3]])].shape)
print(t[1:3, np.newaxis].shape, t[None, ..., None].shape)
t[[0, 0], [1, 1]] = -7
print(t[0])
