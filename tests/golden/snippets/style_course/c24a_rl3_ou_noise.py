# Ornstein-Uhlenbeck exploration noise with its own generator
import torch

g = torch.Generator().manual_seed(38)
theta, sigma, dt = 0.15, 0.2, 1.0
x = torch.zeros(2)
trace = []
for _ in range(5):
    x = x + theta * (0.0 - x) * dt + sigma * torch.randn(2, generator=g)
    trace.append(x)
trace = torch.stack(trace)
print(trace)
print(trace.clamp(-0.3, 0.3))
print(torch.randn(2, generator=g).dtype)
