# Q: selecting rows by a list of indices, assigning through boolean masks, and copies vs views.
import torch

torch.manual_seed(0)
data = torch.arange(20.).view(5, 4)
rows = [0, 2, 4]
print(data[rows])
print(torch.index_select(data, 0, torch.tensor(rows)))
print(data[:, [1, 3]], data[[0, 1], [2, 3]])
sub = data[rows]
sub[0, 0] = -1
print(data[0, 0])
view = data[1:3]
view[0, 0] = -7
print(data[1, 0])
mask = data[:, 0] > 8
data[mask] = 0
print(data)
data[data == 0] = -1.0
print(data[-2:])
data[:, 1] += torch.tensor([10., 20, 30, 40, 50])
print(data[:, 1])
print(data[torch.tensor([[0, 1], [2, 3]])].shape)
