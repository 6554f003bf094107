# "Datasets & DataLoaders": a map-style dataset of variable-length items with a padding collate_fn.
import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader, Dataset

class Sentences(Dataset):
    def __init__(self):
        self.items = [[1, 2, 3], [4, 5], [6], [7, 8, 9, 10]]
        self.labels = [0, 1, 0, 1]

    def __len__(self):
        return len(self.items)

    def __getitem__(self, idx):
        return torch.tensor(self.items[idx]), self.labels[idx]

def collate(batch):
    seqs, labels = zip(*batch)
    lengths = torch.tensor([len(s) for s in seqs])
    return pad_sequence(seqs, batch_first=True), lengths, torch.tensor(labels)

loader = DataLoader(Sentences(), batch_size=2, collate_fn=collate)
for padded, lengths, labels in loader:
    print(padded)
    print(lengths, labels)
print(pad_sequence([torch.ones(2), torch.ones(3)], padding_value=-1))
default = DataLoader(Sentences(), batch_size=1)
print(next(iter(default)))
