# Feature count, dtype and rank mistakes with an LSTM
import torch
import torch.nn as nn

torch.manual_seed(32)
lstm = nn.LSTM(input_size=3, hidden_size=4, batch_first=True)
try:
    lstm(torch.randn(2, 5, 2))
except RuntimeError as e:
    print(e)
try:
    lstm(torch.randn(2, 5, 3, dtype=torch.float64))
except RuntimeError as e:
    print(e)
try:
    lstm(torch.randn(5))
except (ValueError, RuntimeError) as e:
    print(type(e).__name__, e)
print(lstm(torch.randn(2, 5, 3))[0].shape)
