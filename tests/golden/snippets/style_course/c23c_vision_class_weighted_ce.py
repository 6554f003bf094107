# Class-weighted cross-entropy for segmentation, mean reduction divides by summed weights.
import torch
import torch.nn as nn

logits = torch.zeros(1, 3, 1, 4, requires_grad=True)
target = torch.tensor([[[0, 0, 1, 2]]])
w = torch.tensor([0.2, 1.0, 3.0])
loss = nn.CrossEntropyLoss(weight=w)(logits, target)
print(loss)
total = nn.CrossEntropyLoss(weight=w, reduction="sum")(logits, target)
print(total, total / w[target].sum())
loss.backward()
print(logits.grad[0, :, 0, 3])
print(nn.CrossEntropyLoss(weight=w))
