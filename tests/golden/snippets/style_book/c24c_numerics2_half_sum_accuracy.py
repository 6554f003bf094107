# Section 5.13: summing in float16 vs accumulating in float32
import torch

x = torch.full((4096,), 0.1, dtype=torch.float16)
print(x.sum(), x.float().sum().round(decimals=2), x.sum(dtype=torch.float32).round(decimals=2))
acc = torch.tensor(0.0, dtype=torch.float16)
for v in x[:3000]:
    acc = acc + v
print(acc)
print(torch.tensor(0.1, dtype=torch.float16).item())
