# Deep and bidirectional RNNs: output and state shapes of stacked GRU/LSTM, bidirectional concat.
import torch
from torch import nn

torch.manual_seed(0)
X = torch.randn(5, 3, 4)
deep = nn.GRU(4, 6, num_layers=3)
out, H = deep(X)
print(out.shape, H.shape)
bi = nn.LSTM(4, 6, num_layers=2, bidirectional=True)
out, (H, C) = bi(X)
print(out.shape, H.shape, C.shape)
print(torch.allclose(out[-1, :, :6], H[-2]), torch.allclose(out[0, :, 6:], H[-1]))
print([n for n, _ in bi.named_parameters()][:8])
print(bi)
rnn = nn.RNN(4, 2, nonlinearity='relu', batch_first=True)
out, h = rnn(X.transpose(0, 1))
print(out.shape, h.shape, (out >= 0).all())
cell = nn.GRUCell(4, 6)
h = torch.zeros(3, 6)
for x_t in X:
    h = cell(x_t, h)
print(h.shape, h.grad_fn)
