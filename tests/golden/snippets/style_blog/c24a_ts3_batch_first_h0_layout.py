# batch_first does not apply to h0: passing (batch, layers, hidden)
import torch
import torch.nn as nn

torch.manual_seed(43)
gru = nn.GRU(2, 8, batch_first=True)
x = torch.randn(4, 6, 2)
h0_wrong = torch.zeros(4, 1, 8)
try:
    gru(x, h0_wrong)
except RuntimeError as e:
    print(e)
out, h = gru(x, h0_wrong.transpose(0, 1).contiguous())
print(out.shape, h.shape)
cell = nn.GRUCell(2, 8)
try:
    cell(x[:, 0], torch.zeros(4, 7))
except RuntimeError as e:
    print(e)
