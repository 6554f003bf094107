# Running maxima and a running log-partition function along a time axis.
import torch

signal = torch.tensor([1.0, 3.0, 2.0, 5.0, 4.0], dtype=torch.float64)
vals, idx = torch.cummax(signal, dim=0)
print(vals, idx)
print(torch.cummin(signal, dim=0).indices)
print(torch.logcumsumexp(torch.zeros(4, dtype=torch.float64), dim=0).round(decimals=6))
