# Q: F.one_hot infers the number of classes from the largest label; negative labels and floats fail.
import torch
import torch.nn.functional as F

labels = torch.tensor([0, 2, 1])
print(F.one_hot(labels))
print(F.one_hot(labels, num_classes=5))
print(F.one_hot(labels).dtype, F.one_hot(labels).float().dtype)
for bad in (torch.tensor([0, -1]), torch.tensor([0.0, 1.0]), torch.tensor([0, 3])):
    try:
        print(F.one_hot(bad, num_classes=3))
    except RuntimeError as e:
        print(type(e).__name__, e)
print(F.one_hot(torch.tensor([[0, 1], [1, 0]]), 2).shape)
print(F.one_hot(labels, 3).argmax(dim=1))
