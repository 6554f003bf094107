# The cubic sparsity schedule of gradual magnitude pruning
import torch

s_i, s_f, t0, n, dt = 0.0, 0.8, 0, 5, 2
for t in range(0, 12, 2):
    frac = min(max((t - t0) / (n * dt), 0.0), 1.0)
    s_t = s_f + (s_i - s_f) * (1 - frac) ** 3
    print(t, round(s_t, 4))
steps = torch.arange(0, 12, 2, dtype=torch.float32)
frac = ((steps - t0) / (n * dt)).clamp(0, 1)
print(s_f + (s_i - s_f) * (1 - frac) ** 3)
