# CrossEntropyLoss shape mistakes: one-hot targets of the wrong dtype, and batch size mismatch
import torch
import torch.nn as nn

loss_fn = nn.CrossEntropyLoss()
logits = torch.randn(3, 4)
labels = torch.tensor([1, 0, 3])
print(loss_fn(logits, labels).shape)
onehot = nn.functional.one_hot(labels, 4)
try:
    loss_fn(logits, onehot)
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.allclose(loss_fn(logits, onehot.float()), loss_fn(logits, labels)))
try:
    loss_fn(logits, torch.tensor([1, 0]))
except ValueError as e:
    print("ValueError:", e)
try:
    loss_fn(logits, torch.tensor([1, 0, 4]))
except IndexError as e:
    print("IndexError:", e)
