# CrossEntropyLoss options: class weights, label_smoothing, ignore_index, reduction, soft targets.
import torch
import torch.nn as nn

torch.manual_seed(0)
logits = torch.randn(5, 3, requires_grad=True)
target = torch.tensor([0, 2, 1, 2, -100])
print(nn.CrossEntropyLoss()(logits, target))
print(nn.CrossEntropyLoss(reduction="none")(logits, target))
print(nn.CrossEntropyLoss(reduction="sum")(logits, target))
w = torch.tensor([1.0, 2.0, 0.5])
print(nn.CrossEntropyLoss(weight=w)(logits, target))
print(nn.CrossEntropyLoss(label_smoothing=0.1)(logits, target))
print(nn.CrossEntropyLoss(weight=w, label_smoothing=0.2, reduction="none")(logits, target))
t2 = torch.tensor([0, 2, 1, 2, 1])
print(nn.CrossEntropyLoss(ignore_index=2)(logits, t2))
soft = torch.softmax(torch.randn(5, 3), dim=1)
print(nn.CrossEntropyLoss()(logits, soft))
print(nn.CrossEntropyLoss(label_smoothing=0.3)(logits, soft))
loss = nn.CrossEntropyLoss(weight=w)(logits, t2)
loss.backward()
print(logits.grad)
print(nn.CrossEntropyLoss(weight=w, label_smoothing=0.1))
