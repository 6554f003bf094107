import torch

labels = torch.zeros(5, dtype=torch.long)
idx = torch.tensor([1, 3])
labels.scatter_(0, idx, torch.tensor([7, 9]))
print(labels)
x = torch.zeros(3, 4)
x.scatter_(1, torch.tensor([[0], [2], [3]]), 1.0)
print(x)
y = torch.zeros(2, 3).scatter(1, torch.tensor([[1, 2], [0, 0]]), torch.tensor([[5.0, 6.0], [7.0, 8.0]]), reduce='add')
print(y)
