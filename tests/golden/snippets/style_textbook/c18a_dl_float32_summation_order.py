# Summation order in float32: a running Python sum versus torch.sum and cumsum
import torch

x = torch.full((100000,), 0.1)
total = torch.tensor(0.0)
for chunk in x.split(10000):
    total = total + chunk.sum()
print(f"torch.sum      {x.sum().item():.6f}")
print(f"chunked        {total.item():.6f}")
print(f"cumsum last    {x.cumsum(0)[-1].item():.6f}")
print(f"float64        {x.double().sum().item():.6f}")
print(f"mean           {x.mean().item():.9f}")
