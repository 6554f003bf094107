import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader

pairs = [([4, 5, 6], 1), ([7], 0), ([8, 9], 1), ([3, 3, 3, 3], 0)]
def collate(batch):
    batch = sorted(batch, key=lambda p: len(p[0]), reverse=True)
    seqs = [torch.tensor(s) for s, _ in batch]
    lengths = torch.tensor([len(s) for s in seqs])
    labels = torch.tensor([l for _, l in batch])
    return pad_sequence(seqs, batch_first=True), lengths, labels
loader = DataLoader(pairs, batch_size=2, collate_fn=collate)
for x, lens, y in loader:
    print(x, lens, y)
print(len(loader))
