import torch
import torch.nn as nn

cell = nn.GRUCell(3, 2)
for args in [(torch.randn(2, 2, 3),), (torch.randn(2, 4),), (torch.randn(2, 3), torch.randn(3, 2)),
             (torch.randn(2, 3), torch.randn(2, 5))]:
    try:
        cell(*args)
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
lstm = nn.LSTMCell(3, 2)
try:
    lstm(torch.randn(2, 3), (torch.zeros(2, 2), torch.zeros(3, 2)))
except RuntimeError as e:
    print(type(e).__name__, e)
