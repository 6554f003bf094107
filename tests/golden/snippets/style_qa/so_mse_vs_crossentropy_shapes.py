# Q: MSELoss with class indices, CrossEntropyLoss with one-hot floats (probabilities) and label shapes.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(3, 4)
labels = torch.tensor([1, 0, 3])
print(nn.CrossEntropyLoss()(logits, labels))
print(nn.CrossEntropyLoss()(logits, F.one_hot(labels, 4).float()))
try:
    nn.CrossEntropyLoss()(logits, F.one_hot(labels, 4))
except RuntimeError as e:
    print(e)
try:
    nn.MSELoss()(logits, labels)
except RuntimeError as e:
    print(e)
print(nn.MSELoss()(logits.softmax(1), F.one_hot(labels, 4).float()))
print(nn.CrossEntropyLoss(reduction='none')(logits, labels))
print(nn.CrossEntropyLoss(ignore_index=0)(logits, labels))
