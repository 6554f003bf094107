# Q: torch.mean on my label tensor raises, sum works fine
import torch

labels = torch.tensor([0, 1, 1, 2])
print(labels.sum())
try:
    print(labels.mean())
except RuntimeError as err:
    print(err)
print(labels.float().mean())
print(labels.mean(dtype=torch.float64))
print(torch.sum(labels, dtype=torch.float32))
