# Q: why does mean() fail on an integer tensor?
import torch

labels = torch.tensor([1, 0, 1, 1])
preds = torch.tensor([1, 1, 1, 0])
try:
    print((preds == labels).mean())
except RuntimeError as e:
    print(e)
print((preds == labels).float().mean())
print((preds == labels).sum().item() / len(labels))
print(labels.sum(), labels.sum().dtype, labels.float().std())
try:
    torch.arange(5).mean()
except RuntimeError as e:
    print(e)
print(torch.arange(5).mean(dtype=torch.float32))
