# Section 5.13: summing in float16 vs accumulating in float32
import torch

halves = torch.full((4096,), 0.1, dtype=torch.float16)
print(halves.sum(), halves.float().sum().round(decimals=2), halves.sum(dtype=torch.float32).round(decimals=2))
running = torch.tensor(0.0, dtype=torch.float16)
for item in halves[:3000]:
    running = running + item
print(running)
print(torch.tensor(0.1, dtype=torch.float16).item())
