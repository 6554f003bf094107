import torch

raw = torch.tensor([10, 30, 10, 20, 30, 30])
classes, remapped = torch.unique(raw, return_inverse=True)
print(classes, remapped)
print(torch.nn.functional.one_hot(remapped).sum(0))
sorted_raw, perm = raw.sort(stable=True)
print(sorted_raw, perm)
print(torch.unique(raw, sorted=False).sort().values)
