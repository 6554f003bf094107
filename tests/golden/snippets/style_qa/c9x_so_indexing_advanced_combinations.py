# Q: advanced indexing: rows and columns with lists, boolean masks with slices, and why x[[0,1],[0,1]] is a diagonal.
import torch

x = torch.arange(20).view(4, 5)
print(x[[0, 2]])
print(x[[0, 1], [0, 1]])
print(x[[[0], [2]], [1, 3]])
print(x[:, [4, 0]])
print(x[x[:, 0] > 4, 1:3])
print(x[torch.tensor([True, False, True, False])])
print(x[1:, [0, -1]])
print(x[..., 2], x[None, 0].shape, x[:, None, 1].shape)
rows = torch.tensor([0, 3])
cols = torch.tensor([1, 2])
print(x[rows[:, None], cols])
try:
    x[[0, 1], [0, 1, 2]]
except IndexError as e:
    print("IndexError:", e)
try:
    x[torch.tensor([True, False])]
except IndexError as e:
    print("IndexError:", e)
x[[0, 0], [1, 1]] = torch.tensor([100, 200])
print(x[0])
