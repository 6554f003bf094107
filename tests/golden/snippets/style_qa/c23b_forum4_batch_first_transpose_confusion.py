import torch
from torch import nn

torch.manual_seed(6)
lstm = nn.LSTM(input_size=5, hidden_size=2)
x = torch.randn(8, 3, 5)
out, (h, c) = lstm(x)
print(out.shape, h.shape)
lstm_bf = nn.LSTM(5, 2, batch_first=True)
out2, (h2, c2) = lstm_bf(x)
print(out2.shape, h2.shape)
try:
    lstm(torch.randn(8, 5, 3))
except Exception as e:
    print(type(e).__name__, e)
