# Q: scatter_/gather index errors: int32 index, index out of range, and building one-hot with scatter_.
import torch

labels = torch.tensor([2, 0, 1])
one_hot = torch.zeros(3, 4).scatter_(1, labels.unsqueeze(1), 1.0)
print(one_hot)
try:
    torch.zeros(3, 4).scatter_(1, labels.int().unsqueeze(1), 1.0)
except RuntimeError as e:
    print(e)
try:
    torch.zeros(3, 4).scatter_(1, labels, 1.0)
except RuntimeError as e:
    print(e)
try:
    torch.zeros(3, 4).scatter_(1, torch.tensor([[5], [0], [1]]), 1.0)
except RuntimeError as e:
    print(e)
src = torch.arange(1.0, 13.0).view(3, 4)
print(src.gather(1, torch.tensor([[0, 3], [1, 1], [2, 0]])))
try:
    src.gather(1, torch.tensor([[0.0], [1.0], [2.0]]))
except RuntimeError as e:
    print(e)
out = torch.zeros(2, 5).scatter_add_(1, torch.tensor([[0, 1, 1], [4, 4, 4]]), torch.ones(2, 3))
print(out)
print(torch.zeros(5).scatter_reduce(0, torch.tensor([0, 0, 2]), torch.tensor([3.0, 7.0, 1.0]), reduce="amax"))
print(torch.zeros(3, dtype=torch.long).scatter_(0, torch.tensor([1]), 7))
