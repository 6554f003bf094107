import torch
from torch.utils.data import DataLoader

# "why does each epoch shuffle differently, and how do I replay one?"
order_rng = torch.Generator().manual_seed(2024)
loader = DataLoader(["a", "b", "c", "d", "e"], batch_size=2, shuffle=True, generator=order_rng)
epoch1 = [list(b) for b in loader]
epoch2 = [list(b) for b in loader]
print(epoch1, epoch2 != epoch1)
order_rng.manual_seed(2024)
print([list(b) for b in loader] == epoch1, order_rng.initial_seed())
print(torch.initial_seed())
