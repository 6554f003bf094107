# Lag features, differencing and the roll pitfall
import torch

x = torch.tensor([3.0, 5.0, 4.0, 8.0, 7.0, 9.0])
lag1 = torch.roll(x, shifts=1)
print(lag1)
print(x[1:] - x[:-1])
print(torch.diff(x))
print(torch.diff(x, n=2))
print(torch.diff(x, prepend=x[:1]))
seasonal = x[2:] - x[:-2]
print(seasonal)
lagged = torch.stack([x[2:], x[1:-1], x[:-2]], dim=1)
print(lagged)
print(torch.cumsum(torch.diff(x), 0) + x[0])
