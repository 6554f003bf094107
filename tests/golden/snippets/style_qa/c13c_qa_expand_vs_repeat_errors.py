# "The expanded size of the tensor must match the existing size"
import torch

v = torch.tensor([[1], [2], [3]])
print(v.expand(3, 4))
print(v.expand(-1, 2))
try:
    v.expand(4, 4)
except RuntimeError as e:
    print("RuntimeError:", e)
row = torch.tensor([1, 2, 3])
print(row.repeat(2, 2))
try:
    row.expand(2)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    row.repeat(2)
    row.repeat()
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e)
e = v.expand(3, 2)
print(e.stride(), e.is_contiguous())
try:
    e.add_(1)
except RuntimeError as err:
    print("RuntimeError:", err)
