# A dataset of variable-length token sequences; a collate_fn that pads and returns lengths and masks.
import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader, Dataset

class Sentences(Dataset):
    def __init__(self):
        texts = ["hello world", "a b c d e", "pytorch", "deep learning is fun", "ok"]
        vocab = {w: i + 1 for i, w in enumerate(sorted({w for t in texts for w in t.split()}))}
        self.items = [(torch.tensor([vocab[w] for w in t.split()]), len(t) % 2) for t in texts]
        self.vocab = vocab

    def __len__(self):
        return len(self.items)

    def __getitem__(self, idx):
        return self.items[idx]

def collate(batch):
    seqs, labels = zip(*batch)
    lengths = torch.tensor([len(s) for s in seqs])
    padded = pad_sequence(seqs, batch_first=True, padding_value=0)
    mask = padded != 0
    return padded, lengths, mask, torch.tensor(labels)

ds = Sentences()
print(len(ds.vocab), ds[1])
loader = DataLoader(ds, batch_size=2, collate_fn=collate)
for padded, lengths, mask, labels in loader:
    print(padded)
    print(lengths, mask.sum(1), labels)
emb = torch.nn.Embedding(len(ds.vocab) + 1, 3, padding_idx=0)
padded, lengths, mask, _ = next(iter(loader))
vectors = emb(padded)
mean = (vectors * mask.unsqueeze(-1)).sum(1) / lengths.unsqueeze(1)
print(mean.shape, vectors[0, -1])
