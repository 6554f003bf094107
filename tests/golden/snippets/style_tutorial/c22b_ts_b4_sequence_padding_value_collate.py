import torch
from torch.utils.data import DataLoader
from torch.nn.utils.rnn import pad_sequence

data = [torch.arange(n, dtype=torch.float32) for n in (3, 1, 4, 2)]


def collate(batch):
    lengths = torch.tensor([len(b) for b in batch])
    return pad_sequence(batch, batch_first=True, padding_value=-1.0), lengths


for xb, lb in DataLoader(data, batch_size=2, collate_fn=collate):
    print(xb, lb)
print(torch.utils.data.default_collate([torch.ones(2), torch.zeros(2)]))
