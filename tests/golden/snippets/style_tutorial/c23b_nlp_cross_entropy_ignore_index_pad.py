import torch
from torch import nn

PAD = 0
logits = torch.tensor([[[2.0, 1.0, 0.1], [0.5, 2.5, 0.0], [1.0, 1.0, 1.0]],
                       [[0.1, 0.2, 3.0], [1.0, 0.0, 0.0], [0.0, 0.0, 0.0]]])
targets = torch.tensor([[1, 1, 0], [2, 0, 0]])
crit = nn.CrossEntropyLoss(ignore_index=PAD)
loss = crit(logits.view(-1, 3), targets.view(-1))
print(f"{loss.item():.4f}")
print(nn.CrossEntropyLoss(ignore_index=PAD, reduction="sum")(logits.view(-1, 3), targets.view(-1)))
print(nn.CrossEntropyLoss(ignore_index=PAD, reduction="none")(logits.view(-1, 3), targets.view(-1)))
print(f"{crit(logits.transpose(1, 2), targets).item():.4f}")
