import torch
from torch.utils.data import default_collate

print(default_collate([1, 2, 3]))
print(default_collate([1.5, 2.5]))
print(default_collate([(torch.ones(2), 0), (torch.zeros(2), 1)]))
print(default_collate([{"a": 1, "b": "x"}, {"a": 2, "b": "y"}]))
print(default_collate([[1, 2], [3, 4]]))
try:
    default_collate([torch.ones(2), torch.ones(3)])
except Exception as e:
    print(type(e).__name__, e)
