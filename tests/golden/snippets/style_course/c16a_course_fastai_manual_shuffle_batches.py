# Shuffling with torch.randperm and slicing into batches by hand
import torch

torch.manual_seed(1666)
x = torch.arange(10.0)
y = x * 2
n, bs = len(x), 4
for epoch in range(2):
    perm = torch.randperm(n)
    print("perm", perm.tolist())
    for i in range(0, n, bs):
        idx = perm[i:i + bs]
        print(" ", x[idx].tolist(), y[idx].sum().item())
print(torch.randperm(5, generator=torch.Generator().manual_seed(1)))
