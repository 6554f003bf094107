# Q: "tensors used as indices must be long, int, byte or bool tensors" when indexing with computed indices.
import torch

torch.manual_seed(0)
data = torch.arange(10) * 10
idx = torch.tensor([1.0, 3.0, 5.0])
try:
    data[idx]
except IndexError as e:
    print("IndexError:", e)
print(data[idx.long()])
pos = (torch.rand(4) * 10).floor()
print(pos, data[pos.to(torch.int64)])
mask = data > 40
print(mask.dtype, data[mask])
try:
    data[torch.tensor([12])]
except IndexError as e:
    print("IndexError:", e)
print(data[torch.tensor([True] * 5 + [False] * 5)])
try:
    data[torch.tensor([True, False])]
except IndexError as e:
    print("IndexError:", e)
print(data[[0, -1]], data[-3:], data[torch.tensor(2)])
