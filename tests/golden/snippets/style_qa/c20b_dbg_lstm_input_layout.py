# LSTM expects (seq, batch, feature) unless batch_first=True
import torch
import torch.nn as nn

torch.manual_seed(98)
lstm = nn.LSTM(input_size=3, hidden_size=4)
x = torch.randn(2, 5, 3)          # meant as (batch=2, seq=5)
out, (h, c) = lstm(x)
print(out.shape, h.shape)
lstm_bf = nn.LSTM(3, 4, batch_first=True)
out, (h, c) = lstm_bf(x)
print(out.shape, h.shape)
try:
    lstm(torch.randn(2, 5, 4))
except RuntimeError as e:
    print("RuntimeError:", e)
