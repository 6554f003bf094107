# Bidirectional GRU: output layout and combining the final states
import torch
import torch.nn as nn

torch.manual_seed(3)
gru = nn.GRU(2, 3, batch_first=True, bidirectional=True)
x = torch.randn(4, 6, 2)
out, h = gru(x)
print(out.shape, h.shape)
fwd_last = out[:, -1, :3]
bwd_first = out[:, 0, 3:]
print(torch.allclose(fwd_last, h[0]), torch.allclose(bwd_first, h[1]))
combined = torch.cat([h[0], h[1]], dim=1)
print(combined.shape)
print(torch.equal(combined, h.transpose(0, 1).reshape(4, -1)))
print(gru)
