# Q: arange(5) / 5 is fine, but arange(5) // 2 * 0.5 surprises me
import torch

steps = torch.arange(5)
print(steps.dtype, steps / 5)
print(steps // 2 * 0.5)
print(torch.arange(5.0).dtype, torch.arange(0, 5, 1.0).dtype)
print(torch.arange(5, dtype=torch.float32) / 2)
print(torch.true_divide(steps, 2))
