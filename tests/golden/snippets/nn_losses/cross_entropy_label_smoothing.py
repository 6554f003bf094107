import torch
from torch import nn

logits = torch.tensor([[2.0, 0.5, -1.0], [0.0, 1.0, 2.0]], requires_grad=True)
labels = torch.tensor([0, 2])
criterion = nn.CrossEntropyLoss(label_smoothing=0.1)
loss = criterion(logits, labels)
print(loss, loss.grad_fn)
print([type(f).__name__ for f, _ in loss.grad_fn.next_functions])
loss.backward()
print(logits.grad)
print(nn.CrossEntropyLoss(label_smoothing=0.2, reduction="none")(logits, labels))
