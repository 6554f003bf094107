# LSTM with proj_size: the hidden state is projected by weight_hr
import torch
import torch.nn as nn

torch.manual_seed(133)
lstm = nn.LSTM(2, 4, proj_size=2, batch_first=True)
print([(n, tuple(p.shape)) for n, p in lstm.named_parameters()])
x = torch.randn(1, 2, 2)
out, (h, c) = lstm(x)
print(out.shape, h.shape, c.shape)
hh, cc = torch.zeros(1, 2), torch.zeros(1, 4)
for t in range(2):
    g = x[:, t] @ lstm.weight_ih_l0.T + lstm.bias_ih_l0 + hh @ lstm.weight_hh_l0.T + lstm.bias_hh_l0
    i, f, gg, o = g.chunk(4, 1)
    cc = f.sigmoid() * cc + i.sigmoid() * gg.tanh()
    hh = (o.sigmoid() * cc.tanh()) @ lstm.weight_hr_l0.T
print(torch.allclose(hh, h[0], atol=1e-6), torch.allclose(cc, c[0], atol=1e-6))
