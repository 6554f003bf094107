import torch
import torch.nn as nn

rnn = nn.RNN(3, 4)
for bad in [torch.randn(2, 2, 2, 3), torch.randn(5, 2, 4), torch.randn(5, 2, 3, dtype=torch.float64)]:
    try:
        rnn(bad)
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    rnn(torch.randn(5, 2, 3), torch.zeros(1, 3, 4))
except RuntimeError as e:
    print(type(e).__name__, e)
for kwargs in [dict(nonlinearity="sigmoid"), dict(dropout=1.5), dict(num_layers=0)]:
    try:
        nn.RNN(3, 4, **kwargs)
    except ValueError as e:
        print(type(e).__name__, e)
