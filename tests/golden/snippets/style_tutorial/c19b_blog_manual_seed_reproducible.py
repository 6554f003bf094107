# Reproducibility: seeding once vs seeding per run
import torch

def run(seed=None):
    if seed is not None:
        torch.manual_seed(seed)
    w = torch.randn(2, 2)
    noise = torch.rand(2)
    return w.sum().item(), noise.tolist()

print(run(2024))
print(run(2024))
print(run() == run())
print(torch.initial_seed())
g = torch.Generator().manual_seed(2024)
print(torch.randn(2, 2, generator=g).sum().item())
