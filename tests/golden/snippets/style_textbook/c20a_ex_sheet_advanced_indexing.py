# Practice sheet 2, task 3: advanced indexing results and shapes
import torch

x = torch.arange(24).reshape(2, 3, 4)
print(x[[0, 1], [1, 2]])
print(x[[0, 1], :, [1, 2]])
print(x[:, [0, 2]][..., [3]].shape)
print(x[x > 20])
print(x[1, [2, 0], 1:3])
print(x[None, 0, ..., None].shape)
i = torch.tensor([[0, 1], [1, 0]])
print(x[0][i, i])
