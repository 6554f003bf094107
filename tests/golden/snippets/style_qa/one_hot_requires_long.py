# Q: F.one_hot refuses float and int32 labels.
import torch
import torch.nn.functional as F

try:
    F.one_hot(torch.tensor([0.0, 2.0]))
except RuntimeError as e:
    print(e)
labels = torch.tensor([0, 2, 1])
print(F.one_hot(labels))
print(F.one_hot(labels, num_classes=5).dtype)
try:
    F.one_hot(torch.tensor([0, 3]), num_classes=3)
except RuntimeError as e:
    print(e)
print(F.one_hot(torch.tensor([[0, 1], [1, 1]])).shape)
