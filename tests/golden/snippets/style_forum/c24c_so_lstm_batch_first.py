# Q: LSTM output shape is wrong -- batch_first
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(4, 7, 5)
lstm = nn.LSTM(input_size=5, hidden_size=6)
out, (h, c) = lstm(x)
print(out.shape, h.shape, c.shape)
lstm_bf = nn.LSTM(input_size=5, hidden_size=6, batch_first=True)
out, (h, c) = lstm_bf(x)
print(out.shape, h.shape)
try:
    lstm(torch.randn(4, 7, 3))
except RuntimeError as e:
    print("RuntimeError:", e)
