# dropout inside vmap, with a different mask per sample
import torch
import torch.nn.functional as F
from torch.func import vmap

torch.manual_seed(0)
x = torch.ones(3, 4)
print(vmap(lambda row: F.dropout(row, p=0.5), randomness='different')(x))
print(vmap(lambda row: row + torch.randn(()), randomness='different')(x))
