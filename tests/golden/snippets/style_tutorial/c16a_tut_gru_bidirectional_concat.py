# A bidirectional GRU: the forward and backward halves of the output and h_n
import torch
from torch import nn

torch.manual_seed(1630)
gru = nn.GRU(input_size=2, hidden_size=3, bidirectional=True, batch_first=True)
x = torch.randn(1, 4, 2)
out, h_n = gru(x)
print(out.shape, h_n.shape)
print(torch.equal(out[:, -1, :3], h_n[0]))
print(torch.equal(out[:, 0, 3:], h_n[1]))
print(out)
loss = out.pow(2).sum()
loss.backward()
print(loss.item(), gru.weight_hh_l0_reverse.grad.abs().sum().item())
