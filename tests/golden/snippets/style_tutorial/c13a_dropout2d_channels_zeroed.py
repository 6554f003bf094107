# nn.Dropout2d zeroes whole channels (scaled by 1/(1-p)); nn.Dropout zeroes single elements.
import torch
import torch.nn as nn

torch.manual_seed(23)
x = torch.ones(2, 6, 3, 3)
d2 = nn.Dropout2d(p=0.5)
out = d2(x)
per_channel = out.sum(dim=(2, 3))
print(per_channel)
print(torch.unique(out))
d1 = nn.Dropout(p=0.5)
o1 = d1(x)
print((o1 == 0).float().mean().item(), torch.unique(o1))
d2.eval()
print(torch.equal(d2(x), x))
print(nn.Dropout2d(0.3), nn.Dropout(0.1, inplace=True))
y = torch.ones(4, 5)
nn.functional.dropout(y, p=0.5, training=True, inplace=True)
print(y)
print(nn.functional.dropout(torch.ones(3), p=0.0), nn.functional.dropout(torch.ones(3), p=1.0))
