# Q: DataLoader fails with "stack expects each tensor to be equal size" on variable-length sequences; pad them.
import torch
from torch.utils.data import DataLoader, Dataset
from torch.nn.utils.rnn import pad_sequence

class Seqs(Dataset):
    def __init__(self):
        self.data = [torch.arange(n) + 1 for n in [3, 5, 2, 4]]
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i], len(self.data[i])

ds = Seqs()
try:
    next(iter(DataLoader(ds, batch_size=2)))
except RuntimeError as e:
    print(e)

def collate(batch):
    seqs, lens = zip(*batch)
    return pad_sequence(seqs, batch_first=True, padding_value=0), torch.tensor(lens)

for xb, lb in DataLoader(ds, batch_size=2, collate_fn=collate):
    print(xb, lb)
print(pad_sequence([torch.ones(2), torch.ones(4)]).shape)
dl = DataLoader(ds, batch_size=3, collate_fn=collate, drop_last=True)
print(len(dl), [x.shape for x, _ in dl])
print(DataLoader([(torch.ones(2), 1), (torch.zeros(2), 0)], batch_size=2).__iter__().__next__())
