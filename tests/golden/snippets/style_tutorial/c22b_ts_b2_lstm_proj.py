import torch
import torch.nn as nn

torch.manual_seed(36)
compact = nn.LSTM(input_size=4, hidden_size=6, proj_size=3, num_layers=2)
series = torch.randn(7, 2, 4)
y, (h_last, c_last) = compact(series)
print("output", tuple(y.shape), "h", tuple(h_last.shape), "c", tuple(c_last.shape))
print(tuple(compact.weight_hr_l1.shape), tuple(compact.weight_ih_l1.shape))
print(torch.allclose(y[-1], h_last[-1]))
