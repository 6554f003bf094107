import torch
import torch.nn as nn

torch.manual_seed(7)
U = nn.Embedding(3, 4)
I = nn.Embedding(5, 4)
u = torch.tensor([0, 0, 1, 1, 2, 2])
i = torch.tensor([1, 3, 0, 2, 4, 1])
y = torch.tensor([1.0, 0.0, 1.0, 0.0, 1.0, 0.0])
logits = (U(u) * I(i)).sum(-1)
loss_fn = nn.BCEWithLogitsLoss()
loss = loss_fn(logits, y)
print(logits)
print(loss)
pw = nn.BCEWithLogitsLoss(pos_weight=torch.tensor(3.0))(logits, y)
print(pw)
