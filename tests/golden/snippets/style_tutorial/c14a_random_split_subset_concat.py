# Data utilities: random_split with a seeded generator, Subset indices, ConcatDataset and a custom collate_fn.
import torch
from torch.utils.data import TensorDataset, random_split, Subset, ConcatDataset, DataLoader

full = TensorDataset(torch.arange(10.0), torch.arange(10) % 3)
train, val = random_split(full, [7, 3], generator=torch.Generator().manual_seed(1435))
print(len(train), len(val), train.indices, val.indices)
print(type(train).__name__, val[0])
parts = random_split(range(8), [0.5, 0.25, 0.25], generator=torch.Generator().manual_seed(4))
print([list(p) for p in parts])
both = ConcatDataset([Subset(full, [0, 1]), Subset(full, [9])])
print(len(both), both[2], both.cumulative_sizes)


def pad_collate(batch):
    xs = [torch.ones(int(x.item()) % 4 + 1) * x for x, _ in batch]
    lens = torch.tensor([len(t) for t in xs])
    return torch.nn.utils.rnn.pad_sequence(xs, batch_first=True), lens


for padded, lens in DataLoader(full, batch_size=4, collate_fn=pad_collate):
    print(padded, lens)
try:
    random_split(full, [6, 3])
except ValueError as e:
    print(e)
