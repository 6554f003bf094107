# Dropout: zeros and 1/(1-p) scaling in train mode, identity in eval mode, and F.dropout's training flag.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(19)
drop = nn.Dropout(p=0.25)
x = torch.ones(2, 8)
y = drop(x)
print(y)
print((y == 0).sum().item(), y.max().item())
drop.eval()
print(drop(x).equal(x), drop.training)
model = nn.Sequential(nn.Linear(4, 4), nn.Dropout(0.5), nn.Linear(4, 1))
inp = torch.randn(3, 4)
model.train()
a = model(inp)
b = model(inp)
model.eval()
c = model(inp)
d = model(inp)
print(a.squeeze(), b.squeeze())
print(torch.equal(c, d), [m.training for m in model])
print(F.dropout(x, 0.5, training=False).sum(), F.dropout(torch.ones(6), p=0.5))
print(nn.Dropout(0.0)(x).equal(x), nn.Dropout(p=1.0)(x).sum())
