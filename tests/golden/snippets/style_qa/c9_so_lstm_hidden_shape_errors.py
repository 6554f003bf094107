# Q: LSTM "Expected hidden[0] size (1, 4, 8), got [4, 8]" and batch_first confusion; what h_n and c_n hold.
import torch
import torch.nn as nn

torch.manual_seed(0)
lstm = nn.LSTM(input_size=5, hidden_size=8, num_layers=1, batch_first=True)
x = torch.randn(4, 7, 5)
h0 = torch.zeros(4, 8)
c0 = torch.zeros(4, 8)
try:
    lstm(x, (h0, c0))
except RuntimeError as e:
    print(e)
out, (hn, cn) = lstm(x, (h0.unsqueeze(0), c0.unsqueeze(0)))
print(out.shape, hn.shape, cn.shape)
print(torch.allclose(out[:, -1], hn[0]))
try:
    lstm(torch.randn(4, 7, 6))
except RuntimeError as e:
    print(e)
lstm2 = nn.LSTM(5, 8, num_layers=2, bidirectional=True)
out2, (h2, c2) = lstm2(torch.randn(7, 4, 5))
print(out2.shape, h2.shape, c2.shape)
print(sum(p.numel() for p in lstm2.parameters()))
print([n for n, _ in lstm2.named_parameters()][:4])
