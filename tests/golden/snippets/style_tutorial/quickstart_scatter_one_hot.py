# A target transform turning a label into a one-hot vector with scatter_.
import torch

def target_transform(y):
    return torch.zeros(10, dtype=torch.float).scatter_(0, torch.tensor(y), value=1)

print(target_transform(3))
labels = torch.tensor([2, 0, 1])
onehot = torch.zeros(3, 4).scatter_(1, labels.unsqueeze(1), 1.0)
print(onehot)
src = torch.arange(1, 11).reshape((2, 5))
index = torch.tensor([[0, 1, 2, 0]])
print(torch.zeros(3, 5, dtype=src.dtype).scatter_(0, index, src))
print(torch.zeros(3, 5).scatter(1, torch.tensor([[0], [4], [2]]), 2.5))
