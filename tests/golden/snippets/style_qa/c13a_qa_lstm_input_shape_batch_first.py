# Q: my LSTM outputs have the wrong shape: batch_first=False expects (seq, batch, feature).
import torch
import torch.nn as nn

torch.manual_seed(47)
x = torch.randn(2, 5, 3)
lstm = nn.LSTM(input_size=3, hidden_size=4)
out, (h, c) = lstm(x)
print(out.shape, h.shape, c.shape)
lstm_bf = nn.LSTM(input_size=3, hidden_size=4, batch_first=True)
out, (h, c) = lstm_bf(x)
print(out.shape, h.shape, torch.allclose(out[:, -1], h[0]))
try:
    lstm(torch.randn(2, 5, 4))
except RuntimeError as e:
    print(e)
try:
    lstm_bf(x, (torch.zeros(1, 5, 4), torch.zeros(1, 5, 4)))
except RuntimeError as e:
    print(e)
out, (h, c) = lstm(torch.randn(5, 3))
print(out.shape, h.shape)
print([n for n, _ in lstm.named_parameters()])
print(lstm.weight_ih_l0.shape, lstm.weight_hh_l0.shape)
