# Building (window, horizon) pairs with a Python loop and torch.stack
import torch

torch.manual_seed(0)
series = torch.linspace(0, 1, 9)
lookback, horizon = 3, 2
xs, ys = [], []
for t in range(len(series) - lookback - horizon + 1):
    xs.append(series[t:t + lookback])
    ys.append(series[t + lookback:t + lookback + horizon])
X, Y = torch.stack(xs), torch.stack(ys)
print(X.shape, Y.shape)
print(X[0], Y[0])
print(X.unsqueeze(-1).shape)
try:
    torch.stack([series[0:3], series[0:2]])
except RuntimeError as e:
    print(e)
