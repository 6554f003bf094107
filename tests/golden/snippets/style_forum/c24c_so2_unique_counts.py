# Q: counting class frequencies
import torch

classes = torch.tensor([2, 0, 2, 1, 2, 0])
uniq, freq = torch.unique(classes, return_counts=True)
print(uniq, freq)
print(torch.bincount(classes), torch.bincount(classes, minlength=5))
keys, where_ = classes.unique(sorted=True, return_inverse=True)
print(keys, where_)
print(torch.unique_consecutive(torch.tensor([1, 1, 2, 2, 1])))
