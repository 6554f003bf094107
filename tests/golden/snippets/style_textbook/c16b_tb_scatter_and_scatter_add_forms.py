# scatter writes; scatter_add accumulates.
import torch

idx = torch.tensor([[0, 2, 1], [2, 0, 0]])
vals = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
out = torch.zeros(2, 3).scatter(1, idx[:, :2], vals[:, :2])
print(out)
acc = torch.zeros(2, 3).scatter_add(1, idx, vals)
print(acc)
print(torch.zeros(3).scatter(0, torch.tensor([2, 0]), 7.0))
print(torch.zeros(2, 4).scatter_(1, torch.tensor([[3], [1]]), 1.0))
print(torch.full((3,), -1).scatter_reduce(0, torch.tensor([0, 0, 2]), torch.tensor([5, 9, 4]), reduce="amax"))
