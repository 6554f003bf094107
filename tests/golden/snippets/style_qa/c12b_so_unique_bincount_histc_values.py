# Q: counting class frequencies: unique with counts, bincount with weights and minlength, histc bins.
import torch

labels = torch.tensor([2, 0, 2, 3, 3, 3, 0, 5])
print(torch.unique(labels, return_counts=True))
print(torch.bincount(labels), torch.bincount(labels, minlength=8))
w = torch.tensor([0.5, 1.0, 0.5, 0.1, 0.1, 0.1, 1.0, 2.0])
print(torch.bincount(labels, weights=w))
print(torch.histc(torch.tensor([0.1, 0.4, 0.45, 0.9, 1.0, 0.0]), bins=4, min=0, max=1))
print(torch.histc(labels.float(), bins=3))
freq = torch.bincount(labels).float() / len(labels)
print(freq, 1.0 / freq[freq > 0])
try:
    torch.bincount(torch.tensor([-1, 2]))
except RuntimeError as e:
    print(e)
try:
    torch.bincount(torch.tensor([1.0, 2.0]))
except RuntimeError as e:
    print(e)
print(torch.unique_consecutive(torch.tensor([1, 1, 2, 2, 3, 1, 1]), return_counts=True))
