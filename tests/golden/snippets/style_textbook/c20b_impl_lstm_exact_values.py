# nn.LSTM outputs at full precision vs the cell equations
import torch
import torch.nn as nn

torch.manual_seed(119)
lstm = nn.LSTM(3, 2, batch_first=True)
x = torch.randn(1, 3, 3)
out, (h, c) = lstm(x)
print(out[0].tolist())
hh, cc = torch.zeros(1, 2), torch.zeros(1, 2)
for t in range(3):
    g = x[:, t] @ lstm.weight_ih_l0.T + lstm.bias_ih_l0 + hh @ lstm.weight_hh_l0.T + lstm.bias_hh_l0
    i, f, gg, o = g.chunk(4, 1)
    cc = f.sigmoid() * cc + i.sigmoid() * gg.tanh()
    hh = o.sigmoid() * cc.tanh()
print(hh.tolist(), (hh - h[0]).abs().max().item())
