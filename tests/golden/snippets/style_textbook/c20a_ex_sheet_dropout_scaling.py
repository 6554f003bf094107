# Exercise: why does dropout scale by 1/(1-p)? Check the expected value
import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.ones(10000)
y = F.dropout(x, p=0.3, training=True)
print(y[:10])
print(y.mean(), (y == 0).float().mean())
print(F.dropout(x[:5], p=0.3, training=False))
print(torch.unique(y))
