# Splitting and re-joining: split by size or sections, chunk, tensor_split, unbind, stack, cat, hstack.
import torch

x = torch.arange(14).reshape(7, 2)
print(x.split(3))
print(x.split([1, 4, 2]))
print(x.chunk(3))
print(torch.tensor_split(x, 3))
print(torch.tensor_split(x, [2, 5]))
rows = x.unbind(0)
print(len(rows), rows[-1])
print(torch.stack(rows[:3], dim=1))
print(torch.cat(x.chunk(2), dim=0).equal(x))
a, b = torch.ones(2, 2), torch.zeros(2, 2)
print(torch.hstack([a, b]), torch.vstack([a, b]).shape, torch.dstack([a, b]).shape)
print(torch.column_stack([torch.arange(3), torch.arange(3, 6)]))
print(torch.row_stack([torch.arange(2), torch.arange(2)]))
try:
    torch.split(x, [3, 3])
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.stack([torch.ones(2), torch.ones(3)])
except RuntimeError as e:
    print("RuntimeError:", e)
print([t.shape for t in torch.ones(5, 6).chunk(4, dim=1)])
