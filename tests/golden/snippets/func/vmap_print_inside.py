# printing inside a vmapped function while debugging it
import torch
from torch.func import vmap

def normalize(row):
    print(row)
    print(row.shape)
    return (row - row.mean()) / row.std()

batch = torch.tensor([[1.0, 2.0, 3.0], [2.0, 4.0, 8.0]])
print(vmap(normalize)(batch))
