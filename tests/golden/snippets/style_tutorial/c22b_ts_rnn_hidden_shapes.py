import torch
import torch.nn as nn

torch.manual_seed(10)
stack = nn.LSTM(input_size=2, hidden_size=6, num_layers=3, batch_first=True)
sensor = torch.randn(4, 9, 2)
seq_out, (h_n, c_n) = stack(sensor)
print("per-step:", tuple(seq_out.shape), "h_n:", tuple(h_n.shape), "c_n:", tuple(c_n.shape))
print("last step == top layer h_n:", torch.allclose(seq_out[:, -1, :], h_n[2]))
bi = nn.GRU(2, 6, bidirectional=True, batch_first=True)
both, hb = bi(sensor)
print(tuple(both.shape), tuple(hb.shape))
print("forward half ends at h[0]:", torch.allclose(both[:, -1, :6], hb[0]))
print("backward half starts at h[1]:", torch.allclose(both[:, 0, 6:], hb[1]))
