import torch
from torch import nn

torch.manual_seed(5)
rnn = nn.RNN(3, 2, batch_first=True)
seq = torch.randn(4, 3)
out, h = rnn(seq)
print(out.shape, h.shape)
print(out)
lstm = nn.LSTM(3, 2)
out, (h, c) = lstm(seq)
print(out.shape, h.shape, c.shape)
