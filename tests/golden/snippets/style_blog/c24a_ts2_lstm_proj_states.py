# LSTM with proj_size: h is projected, c is not
import torch
import torch.nn as nn

torch.manual_seed(33)
lstm = nn.LSTM(2, 6, proj_size=3, batch_first=True, num_layers=2)
print(lstm)
x = torch.randn(4, 5, 2)
out, (h, c) = lstm(x)
print(out.shape, h.shape, c.shape)
try:
    lstm(x, (torch.zeros(2, 4, 6), torch.zeros(2, 4, 6)))
except RuntimeError as e:
    print(e)
try:
    nn.LSTM(2, 6, proj_size=6)
except ValueError as e:
    print(e)
print(lstm.weight_hr_l0.shape)
