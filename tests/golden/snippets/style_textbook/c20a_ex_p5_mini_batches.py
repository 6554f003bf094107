# Practice 5: split a dataset of 10 samples into shuffled mini-batches of 4 by hand
import torch

torch.manual_seed(1)
X = torch.arange(10) * 10
perm = torch.randperm(len(X))
for start in range(0, len(X), 4):
    idx = perm[start:start + 4]
    print(idx, X[idx])
print(torch.split(X[perm], 4))
