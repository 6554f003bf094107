import torch

m = torch.arange(6).view(3, 2)
for row in m:
    print(row, type(row).__name__, row.shape)
for a, b in m:
    print(a.item() + b.item(), end=" ")
print()
print(list(torch.tensor([1.5, 2.5])), [float(v) for v in torch.tensor([1.5, 2.5])])
print(dict(enumerate(m[:, 0].tolist())))
