# Puzzle: one_hot via comparisons, checked against F.one_hot
import torch
import torch.nn.functional as F

def one_hot(y, k):
    return (y[:, None] == torch.arange(k)).long()

y = torch.tensor([0, 2, 1, 2])
print(one_hot(y, 3))
print(F.one_hot(y))
print(F.one_hot(y, num_classes=4).dtype)
try:
    F.one_hot(y, num_classes=2)
except RuntimeError as e:
    print(e)
try:
    F.one_hot(y.float())
except RuntimeError as e:
    print(e)
