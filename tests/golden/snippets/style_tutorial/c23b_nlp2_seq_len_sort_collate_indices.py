import torch

lengths = torch.tensor([4, 9, 2, 7])
sorted_len, perm = lengths.sort(descending=True)
print(sorted_len, perm)
_, unperm = perm.sort()
print(unperm, sorted_len[unperm])
data = torch.arange(4) * 100
print(data[perm][unperm])
print(torch.argsort(lengths, descending=True, stable=True))
