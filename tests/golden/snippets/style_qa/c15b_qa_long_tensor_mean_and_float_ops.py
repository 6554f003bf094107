# Q: torch.mean on an integer tensor errors, sum does not. What are the options?
import torch

counts = torch.tensor([3, 4, 8])
print(counts.sum(), counts.sum().dtype, counts.float().mean())
print(counts.mean(dtype=torch.float32), counts.to(torch.float64).std())
try:
    counts.mean()
except RuntimeError as e:
    print(e)
try:
    torch.exp(counts).dtype
    print(torch.exp(counts).dtype, torch.sigmoid(counts).dtype)
except RuntimeError as e:
    print(e)
print(counts.median(), counts.prod(), counts.max().item() / 2)
