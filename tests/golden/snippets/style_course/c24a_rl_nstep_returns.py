# n-step returns with a bootstrap value, written with unfold
import torch

rewards = torch.tensor([1.0, 0.0, 2.0, 1.0, 0.0, 1.0])
values = torch.tensor([0.0, 1.0, 0.5, 0.2, 0.0, 0.3, 0.4])
n, gamma = 3, 0.9
weights = gamma ** torch.arange(n, dtype=torch.float32)
print(weights)
windows = rewards.unfold(0, n, 1)
print(windows.shape)
partial = (windows * weights).sum(1)
boot = gamma ** n * values[n:n + windows.shape[0]]
print(partial)
print(partial + boot)
