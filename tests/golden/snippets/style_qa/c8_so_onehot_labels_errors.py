# Q: F.one_hot errors: "one_hot is only applicable to index tensor", negative labels, and num_classes too small.
import torch
import torch.nn.functional as F

labels = torch.tensor([0, 2, 1])
print(F.one_hot(labels), F.one_hot(labels, num_classes=5).shape)
try:
    F.one_hot(labels.float())
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    F.one_hot(torch.tensor([0, -1]))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    F.one_hot(labels, num_classes=2)
except RuntimeError as e:
    print("RuntimeError:", e)
print(F.one_hot(torch.tensor([[0, 1], [1, 0]])).shape, F.one_hot(labels).dtype)
print(F.one_hot(labels, 3).float().argmax(1))
print(torch.eye(3)[labels])
