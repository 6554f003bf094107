# Bidirectional RNNs: the output's two halves, and how they line up with the final hidden states.
import torch
from torch import nn

torch.manual_seed(0)
T, B, D, H = 5, 2, 3, 4
X = torch.randn(T, B, D)
birnn = nn.LSTM(D, H, bidirectional=True)
out, (h_n, c_n) = birnn(X)
print(out.shape, h_n.shape)
forward, backward = out[..., :H], out[..., H:]
print(torch.allclose(forward[-1], h_n[0]), torch.allclose(backward[0], h_n[1]))
print(torch.allclose(forward[0], h_n[0]))
bigru = nn.GRU(D, H, num_layers=2, bidirectional=True, batch_first=True)
o, h = bigru(X.transpose(0, 1))
print(o.shape, h.shape)
print(h.view(2, 2, B, H).shape)
print(torch.allclose(o[:, -1, :H], h[2]), torch.allclose(o[:, 0, H:], h[3]))
print([n for n, _ in bigru.named_parameters() if "reverse" in n][:4])
