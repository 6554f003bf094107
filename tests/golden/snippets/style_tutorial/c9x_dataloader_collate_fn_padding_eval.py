# A custom collate_fn that pads variable-length sequences, a GRU over them, and an evaluation pass.
import torch
import torch.nn as nn
from torch.utils.data import Dataset, DataLoader

class SeqDataset(Dataset):
    def __init__(self, n, g):
        self.items = []
        for i in range(n):
            length = int(torch.randint(2, 7, (1,), generator=g))
            seq = torch.randint(1, 10, (length,), generator=g)
            self.items.append((seq, int(seq.sum() > 5 * length)))

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

def collate(batch):
    seqs, labels = zip(*batch)
    lengths = torch.tensor([len(s) for s in seqs])
    padded = nn.utils.rnn.pad_sequence(list(seqs), batch_first=True)
    return padded, lengths, torch.tensor(labels)

g = torch.Generator().manual_seed(0)
ds = SeqDataset(24, g)
print(ds[0], len(ds))
loader = DataLoader(ds, batch_size=6, shuffle=True, collate_fn=collate, generator=torch.Generator().manual_seed(1))
padded, lengths, labels = next(iter(loader))
print(padded, lengths, labels)
torch.manual_seed(0)
emb, gru, head = nn.Embedding(10, 4, padding_idx=0), nn.GRU(4, 8, batch_first=True), nn.Linear(8, 2)
params = list(emb.parameters()) + list(gru.parameters()) + list(head.parameters())
opt = torch.optim.Adam(params, lr=0.05)
for epoch in range(3):
    total = 0.0
    for padded, lengths, labels in loader:
        packed = nn.utils.rnn.pack_padded_sequence(emb(padded), lengths, batch_first=True, enforce_sorted=False)
        _, h = gru(packed)
        loss = nn.functional.cross_entropy(head(h[-1]), labels)
        opt.zero_grad()
        loss.backward()
        opt.step()
        total += loss.item()
    print(epoch, round(total / len(loader), 4))
