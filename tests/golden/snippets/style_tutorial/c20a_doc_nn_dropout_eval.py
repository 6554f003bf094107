# nn.Dropout in train and eval mode
import torch
import torch.nn as nn

torch.manual_seed(0)
m = nn.Dropout(p=0.2)
input = torch.randn(4, 5)
print(m(input))
m.eval()
print(m(input).equal(input))
print(m, nn.Dropout2d(0.5), nn.AlphaDropout(0.1))
d2 = nn.Dropout2d(p=0.5)
print(d2(torch.ones(1, 4, 2, 2)))
