# A collate_fn that pads variable-length sequences and returns their lengths
import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader

seqs = [torch.tensor([1, 2, 3]), torch.tensor([4]), torch.tensor([5, 6]), torch.tensor([7, 8, 9, 10])]
labels = [0, 1, 1, 0]
def collate(batch):
    xs, ys = zip(*batch)
    lengths = torch.tensor([len(s) for s in xs])
    return pad_sequence(xs, batch_first=True, padding_value=0), lengths, torch.tensor(ys)
loader = DataLoader(list(zip(seqs, labels)), batch_size=2, collate_fn=collate)
for padded, lengths, ys in loader:
    print(padded, lengths, ys)
print(pad_sequence(seqs).shape, pad_sequence(seqs, padding_side="left", batch_first=True)[1])
