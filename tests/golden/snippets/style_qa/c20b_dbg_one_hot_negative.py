# one_hot with a padding index of -1
import torch
import torch.nn.functional as F

labels = torch.tensor([0, 2, -1])
try:
    F.one_hot(labels, 3)
except RuntimeError as e:
    print("RuntimeError:", e)
print(F.one_hot(labels.clamp(min=0), 3))
print(F.one_hot(torch.tensor([0, 2, 1])))
F.one_hot(torch.tensor([0, 3]), 3)
