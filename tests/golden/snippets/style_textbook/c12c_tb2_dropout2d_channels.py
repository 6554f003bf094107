# Regularization chapter: spatial dropout zeroes whole channels.
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.ones(2, 4, 2, 2)
d2 = nn.Dropout2d(p=0.5)
y = d2(x)
print(y[:, :, 0, 0])
print(y.sum(dim=(2, 3)))
d1 = nn.Dropout1d(p=0.5)
print(d1(torch.ones(1, 3, 4)))
fa = nn.FeatureAlphaDropout(p=0.5)
print(fa(torch.ones(1, 3, 2)).shape)
d2.eval()
print(torch.equal(d2(x), x))
print(nn.functional.dropout2d(x, p=0.25, training=True)[0, :, 0, 0])
