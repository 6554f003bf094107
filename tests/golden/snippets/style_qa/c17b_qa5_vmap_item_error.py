# Q: vmap complains when my function calls .item()
import torch
from torch.func import vmap

def scale_by_first(row):
    return row * row[0].item()

batch = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
try:
    vmap(scale_by_first)(batch)
except RuntimeError as e:
    print(e)
print(vmap(lambda row: row * row[0])(batch))
