# A custom collate_fn that pads variable-length sequences and returns lengths and a mask.
import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader, Dataset

class Seqs(Dataset):
    def __init__(self):
        self.data = [torch.arange(1, n + 1) * (i + 1) for i, n in enumerate([3, 1, 4, 2, 5])]
        self.labels = [0, 1, 0, 1, 1]

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        return {"ids": self.data[i], "label": self.labels[i]}

def collate(batch):
    ids = [b["ids"] for b in batch]
    lengths = torch.tensor([len(s) for s in ids])
    padded = pad_sequence(ids, batch_first=True, padding_value=0)
    mask = torch.arange(padded.size(1))[None, :] < lengths[:, None]
    return padded, lengths, mask, torch.tensor([b["label"] for b in batch])

loader = DataLoader(Seqs(), batch_size=3, collate_fn=collate)
for padded, lengths, mask, labels in loader:
    print(padded)
    print(lengths, labels)
    print(mask.int())
    mean = (padded * mask).sum(1) / lengths
    print(mean)
default = DataLoader(Seqs(), batch_size=2)
try:
    next(iter(default))
except RuntimeError as e:
    print("RuntimeError:", str(e).splitlines()[0])
print(pad_sequence([torch.ones(2), torch.ones(3)], padding_value=-1))
