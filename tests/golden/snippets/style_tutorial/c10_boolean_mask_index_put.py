# Indexing and assignment: boolean masks, index_put_, index_add_, integer-array indexing.
import torch

x = torch.arange(12.0).reshape(3, 4)
mask = x % 3 == 0
print(mask)
print(x[mask])
x[mask] = -1
print(x)
rows = torch.tensor([0, 2])
cols = torch.tensor([1, 3])
print(x[rows, cols])
print(x[rows][:, cols])
x.index_put_((rows, cols), torch.tensor([100.0, 200.0]))
print(x)
x.index_put_((rows, cols), torch.tensor([1.0, 1.0]), accumulate=True)
print(x[rows, cols])
acc = torch.zeros(3)
acc.index_add_(0, torch.tensor([0, 1, 0, 2]), torch.tensor([1.0, 2.0, 3.0, 4.0]))
print(acc)
y = torch.zeros(2, 3)
y[:, [0, 2]] = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
print(y)
y[y > 1.5] += 10
print(y)
print(x[x.sum(dim=1) > 100])
print(x[..., -1], x[None, 0].shape)
try:
    x[torch.tensor([True, False])]
except IndexError as e:
    print("IndexError:", e)
