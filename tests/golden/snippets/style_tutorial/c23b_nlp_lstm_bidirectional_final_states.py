import torch
from torch import nn

torch.manual_seed(2)
lstm = nn.LSTM(3, 4, num_layers=2, bidirectional=True, batch_first=True)
x = torch.randn(2, 5, 3)
out, (h, c) = lstm(x)
print(out.shape, h.shape, c.shape)
fwd_last = out[:, -1, :4]
bwd_first = out[:, 0, 4:]
print(torch.allclose(fwd_last, h[-2]), torch.allclose(bwd_first, h[-1]))
sent = torch.cat([h[-2], h[-1]], dim=1)
print(sent.shape)
