# Q: with batch_first=True my output[-1] is the last *sample*, not the last time step; and h_n's layout.
import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(input_size=3, hidden_size=4, num_layers=2, batch_first=True)
x = torch.randn(5, 7, 3)
output, (h_n, c_n) = lstm(x)
print(output.shape, h_n.shape, c_n.shape)
print(torch.equal(output[:, -1, :], h_n[-1]), torch.equal(output[-1], h_n[-1]))
print(output[-1].shape, output[:, -1].shape)
lstm2 = nn.LSTM(3, 4)
out2, (h2, c2) = lstm2(x)
print(out2.shape, h2.shape)
try:
    lstm(torch.randn(5, 7))
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    lstm(torch.randn(5, 7, 2))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lstm(x, (torch.zeros(2, 5, 4), torch.zeros(5, 4)))
except RuntimeError as e:
    print("RuntimeError:", e)
print([n for n, _ in lstm.named_parameters()][:4])
print(h_n[-1, :2])
