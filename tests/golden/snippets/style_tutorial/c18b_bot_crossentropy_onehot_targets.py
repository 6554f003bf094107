# CrossEntropyLoss with one-hot targets (an assistant's first attempt)
import torch
import torch.nn as nn

torch.manual_seed(2)
logits = torch.randn(3, 4)
labels = torch.tensor([0, 3, 1])
onehot = nn.functional.one_hot(labels, num_classes=4)
criterion = nn.CrossEntropyLoss()
try:
    print(criterion(logits, onehot))
except RuntimeError as e:
    print("RuntimeError:", e)
print(criterion(logits, onehot.float()))
print(criterion(logits, labels))
