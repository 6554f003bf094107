# Q: F.one_hot with a negative label, a too-small num_classes, and float labels.
import torch
import torch.nn.functional as F

labels = torch.tensor([0, 2, 1])
print(F.one_hot(labels), F.one_hot(labels, num_classes=4).dtype)
for bad in (torch.tensor([0, -1]), torch.tensor([0, 5])):
    try:
        F.one_hot(bad, num_classes=3)
    except RuntimeError as e:
        print(e)
try:
    F.one_hot(torch.tensor([0.0, 1.0]))
except RuntimeError as e:
    print(e)
print(F.one_hot(torch.tensor([[1], [0]]), 2).shape)
