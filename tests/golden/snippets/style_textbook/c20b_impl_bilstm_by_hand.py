# bidirectional LSTM: the backward direction run by hand on the flipped input
import torch
import torch.nn as nn

torch.manual_seed(57)
lstm = nn.LSTM(2, 3, bidirectional=True, batch_first=True)
x = torch.randn(1, 4, 2)
out, (h, c) = lstm(x)
print(out.shape, h.shape)
rev = nn.LSTM(2, 3, batch_first=True)
rev.weight_ih_l0.data = lstm.weight_ih_l0_reverse.data
rev.weight_hh_l0.data = lstm.weight_hh_l0_reverse.data
rev.bias_ih_l0.data = lstm.bias_ih_l0_reverse.data
rev.bias_hh_l0.data = lstm.bias_hh_l0_reverse.data
out_r, (h_r, _) = rev(x.flip(1))
print(torch.allclose(out_r.flip(1), out[..., 3:], atol=1e-6))
print(torch.allclose(h_r[0], h[1], atol=1e-6))
