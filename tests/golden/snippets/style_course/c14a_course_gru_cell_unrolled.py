# RNN lecture: a GRUCell unrolled by hand over a short sequence equals nn.GRU's output, with the gate math shown.
import torch
import torch.nn as nn

torch.manual_seed(1494)
cell = nn.GRUCell(3, 2)
seq = torch.randn(4, 1, 3)
h = torch.zeros(1, 2)
outs = []
for t in range(seq.shape[0]):
    h = cell(seq[t], h)
    outs.append(h)
print(torch.stack(outs).squeeze(1))
gru = nn.GRU(3, 2)
with torch.no_grad():
    gru.weight_ih_l0.copy_(cell.weight_ih)
    gru.weight_hh_l0.copy_(cell.weight_hh)
    gru.bias_ih_l0.copy_(cell.bias_ih)
    gru.bias_hh_l0.copy_(cell.bias_hh)
out, hn = gru(seq)
print(torch.allclose(out.squeeze(1), torch.stack(outs).squeeze(1), atol=1e-6), hn.shape)
x, hp = seq[0], torch.zeros(1, 2)
gi, gh = x @ cell.weight_ih.T + cell.bias_ih, hp @ cell.weight_hh.T + cell.bias_hh
r = torch.sigmoid(gi[:, :2] + gh[:, :2]); z = torch.sigmoid(gi[:, 2:4] + gh[:, 2:4])
n = torch.tanh(gi[:, 4:] + r * gh[:, 4:])
print((1 - z) * n + z * hp, outs[0])
