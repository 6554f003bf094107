# Q: DataLoader says "stack expects each tensor to be equal size" for variable-length samples: write a collate_fn.
import torch
from torch.utils.data import DataLoader, Dataset
from torch.nn.utils.rnn import pad_sequence

class Sentences(Dataset):
    def __init__(self):
        self.data = [torch.tensor([1, 2, 3]), torch.tensor([4, 5]), torch.tensor([6]), torch.tensor([7, 8, 9, 10])]
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i], len(self.data[i])

loader = DataLoader(Sentences(), batch_size=2)
try:
    for batch in loader:
        print(batch)
except RuntimeError as e:
    print("RuntimeError:", e)

def collate(batch):
    seqs, lengths = zip(*batch)
    return pad_sequence(seqs, batch_first=True, padding_value=0), torch.tensor(lengths)

loader = DataLoader(Sentences(), batch_size=2, collate_fn=collate)
for padded, lengths in loader:
    print(padded, lengths)
loader = DataLoader(Sentences(), batch_size=3, collate_fn=lambda b: b)
first = next(iter(loader))
print(type(first).__name__, len(first), first[2])
