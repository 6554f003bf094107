# RNN chapter: LSTM gates from scratch over a short sequence.
import torch
from torch import nn

torch.manual_seed(1)
lstm = nn.LSTM(input_size=2, hidden_size=3, batch_first=True)
X = torch.randn(1, 4, 2)
out, (hn, cn) = lstm(X)
W_ih, W_hh = lstm.weight_ih_l0, lstm.weight_hh_l0
b = lstm.bias_ih_l0 + lstm.bias_hh_l0
h = torch.zeros(1, 3)
c = torch.zeros(1, 3)
with torch.no_grad():
    for t in range(4):
        gates = X[:, t] @ W_ih.T + h @ W_hh.T + b
        i, f, g, o = gates.chunk(4, dim=1)
        i, f, g, o = torch.sigmoid(i), torch.sigmoid(f), torch.tanh(g), torch.sigmoid(o)
        c = f * c + i * g
        h = o * torch.tanh(c)
        print(t, "forget", f, "output", o)
print(h)
print(hn[0])
print(torch.allclose(h, hn[0], atol=1e-6), torch.allclose(c, cn[0], atol=1e-6))
print(out.shape, hn.shape)
