# Q: LSTM output shape is wrong -- batch_first
import torch
import torch.nn as nn

torch.manual_seed(0)
seq = torch.randn(4, 7, 5)
rnn = nn.LSTM(input_size=5, hidden_size=6)
outs, (hn, cn) = rnn(seq)
print(outs.shape, hn.shape, cn.shape)
rnn_bf = nn.LSTM(input_size=5, hidden_size=6, batch_first=True)
outs, (hn, cn) = rnn_bf(seq)
print(outs.shape, hn.shape)
try:
    rnn(torch.randn(4, 7, 3))
except RuntimeError as e:
    print("RuntimeError:", e)
