# A two-layer GRU with an explicit zero h0
import torch
import torch.nn as nn

torch.manual_seed(7)
gru = nn.GRU(input_size=1, hidden_size=3, num_layers=2, batch_first=True)
x = torch.randn(5, 4, 1)
h0 = torch.zeros(gru.num_layers, x.size(0), gru.hidden_size)
out, hn = gru(x, h0)
print(out.shape, hn.shape)
out2, hn2 = gru(x)
print(torch.equal(out, out2), torch.equal(hn, hn2))
print(torch.allclose(hn[-1], out[:, -1]))
print(gru.weight_ih_l1.shape, gru.weight_hh_l0.shape, gru.bias_ih_l0.shape)
print(sum(p.numel() for p in gru.parameters()))
