import torch
from torch import nn

logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, -1.0], [0.0, 0.0, 3.0]], requires_grad=True)
labels = torch.tensor([0, 1, 1])
criterion = nn.CrossEntropyLoss()
loss = criterion(logits, labels)
print(criterion, loss)
print(loss.grad_fn, loss.grad_fn.next_functions)
loss.backward()
print(logits.grad)
print(nn.CrossEntropyLoss(reduction="none")(logits, labels))
print(nn.CrossEntropyLoss(reduction="sum")(logits, labels))
