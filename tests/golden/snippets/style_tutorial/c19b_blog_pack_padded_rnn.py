# Custom collate_fn for variable-length token sequences
import torch
from torch.utils.data import DataLoader

sentences = [[5, 2, 9], [7], [3, 3, 8, 1], [4, 6]]
labels = [1, 0, 1, 0]

def collate(batch):
    seqs, ys = zip(*batch)
    lengths = torch.tensor([len(s) for s in seqs])
    padded = torch.nn.utils.rnn.pad_sequence([torch.tensor(s) for s in seqs], batch_first=True, padding_value=0)
    return padded, lengths, torch.tensor(ys)

loader = DataLoader(list(zip(sentences, labels)), batch_size=2, collate_fn=collate)
for padded, lengths, ys in loader:
    print(padded, lengths, ys)
    mask = torch.arange(padded.size(1))[None, :] < lengths[:, None]
    print(mask.sum(1).tolist())
