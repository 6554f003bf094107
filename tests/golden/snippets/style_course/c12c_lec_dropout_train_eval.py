# Lecture: dropout scales by 1/(1-p) in train mode and is identity in eval.
import torch
import torch.nn as nn

torch.manual_seed(0)
drop = nn.Dropout(p=0.25)
x = torch.ones(2, 8)
y = drop(x)
print(y)
print((y == 0).sum().item(), y.sum().item())
drop.eval()
print(drop(x))
print(drop.training)
drop.train()
torch.manual_seed(0)
print(torch.equal(drop(x), y))
f = nn.functional.dropout(x, p=0.5, training=False)
print(f)
print(nn.Dropout(p=0.0)(x).sum())
try:
    nn.Dropout(p=1.5)
except ValueError as e:
    print(e)
