# HW: one step of an Elman RNN by hand vs nn.RNNCell
import torch
import torch.nn as nn

torch.manual_seed(0)
cell = nn.RNNCell(3, 2)
x, h = torch.randn(4, 3), torch.randn(4, 2)
mine = torch.tanh(x @ cell.weight_ih.T + cell.bias_ih + h @ cell.weight_hh.T + cell.bias_hh)
ref = cell(x, h)
torch.testing.assert_close(mine, ref)
print("rnn cell: PASS")
print((mine - ref).abs().max().item())
