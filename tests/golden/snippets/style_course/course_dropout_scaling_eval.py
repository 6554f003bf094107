# Dropout scales the kept units by 1/(1-p) in training and does nothing in eval; the mask changes each call.
import torch
import torch.nn as nn

torch.manual_seed(0)
drop = nn.Dropout(p=0.25)
x = torch.ones(2, 8)
y = drop(x)
print(y)
print(y.unique(), (y == 0).sum().item())
print(drop(x).sum(), drop(x).sum())
drop.eval()
print(torch.equal(drop(x), x))
print(nn.functional.dropout(x, p=0.5, training=False).sum())
print(nn.functional.dropout(torch.arange(6.), p=0.5))
d2 = nn.Dropout2d(0.5)
print(d2(torch.ones(1, 4, 2, 2))[0, :, 0, 0])
