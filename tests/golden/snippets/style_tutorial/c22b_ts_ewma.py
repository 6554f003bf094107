import torch

x = torch.tensor([1.0, 2.0, 3.0, 2.0, 5.0, 4.0])
alpha = 0.3
s = torch.empty_like(x)
s[0] = x[0]
for t in range(1, len(x)):
    s[t] = alpha * x[t] + (1 - alpha) * s[t - 1]
print(s)
weights = (1 - alpha) ** torch.arange(len(x) - 1, -1, -1, dtype=torch.float32)
print(weights)
print((weights * x).sum() / weights.sum())
