# Q: "Expected hidden[0] size (1, 3, 8), got [3, 8]" with my LSTM
import torch
import torch.nn as nn

torch.manual_seed(0)
lstm = nn.LSTM(input_size=4, hidden_size=8, batch_first=True)
x = torch.randn(3, 5, 4)
h0 = torch.zeros(3, 8)
c0 = torch.zeros(3, 8)
try:
    lstm(x, (h0, c0))
except RuntimeError as err:
    print(err)
out, (h, c) = lstm(x, (h0.unsqueeze(0), c0.unsqueeze(0)))
print(out.shape, h.shape, c.shape)
print(torch.equal(out[:, -1], h[0]))
