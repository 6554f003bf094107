import torch
from torch import nn

logits = torch.tensor([[0.8, -1.2], [2.0, 0.0]], requires_grad=True)
target = torch.tensor([[1.0, 0.0], [0.0, 1.0]])
criterion = nn.BCEWithLogitsLoss()
loss = criterion(logits, target)
print(criterion, loss, loss.grad_fn)
loss.backward()
print(logits.grad)
weighted = nn.BCEWithLogitsLoss(pos_weight=torch.tensor([3.0, 0.5]))(logits, target)
print(weighted)
print(nn.BCEWithLogitsLoss(reduction="none")(torch.tensor([100.0, -100.0]), torch.tensor([0.0, 1.0])))
