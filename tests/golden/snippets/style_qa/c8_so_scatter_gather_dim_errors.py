# Q: scatter_/gather errors: "Index tensor must have the same number of dimensions" and the one-hot trick.
import torch

labels = torch.tensor([2, 0, 1])
onehot = torch.zeros(3, 4)
try:
    onehot.scatter_(1, labels, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
onehot.scatter_(1, labels.unsqueeze(1), 1)
print(onehot)
try:
    onehot.scatter_(1, labels.unsqueeze(1).float(), 1)
except RuntimeError as e:
    print("RuntimeError:", e)
probs = torch.softmax(torch.arange(12.).view(3, 4), dim=1)
picked = probs.gather(1, labels.view(-1, 1))
print(picked.squeeze(1))
try:
    probs.gather(1, labels)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    probs.gather(1, torch.tensor([[5], [0], [1]]))
except RuntimeError as e:
    print("RuntimeError:", e)
counts = torch.zeros(4).scatter_add_(0, torch.tensor([0, 1, 1, 3, 3, 3]), torch.ones(6))
print(counts)
print(torch.zeros(2, 3).scatter(1, torch.tensor([[0], [2]]), torch.tensor([[5.], [7.]])))
