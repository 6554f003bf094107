# A two-layer LSTM with dropout between layers: train mode differs between calls, eval does not
import torch
from torch import nn

torch.manual_seed(1684)
lstm = nn.LSTM(2, 3, num_layers=2, dropout=0.5)
x = torch.randn(5, 1, 2)
a, _ = lstm(x)
b, _ = lstm(x)
print(torch.equal(a, b))
lstm.eval()
c, (h, cell) = lstm(x)
d, _ = lstm(x)
print(torch.equal(c, d))
print(c[-1], h[-1])
print(lstm)
