import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader

sentences = [[4, 7, 1], [2, 9], [5, 5, 5, 8], [3]]
samples = [(torch.tensor(s), len(s)) for s in sentences]


def collate(batch):
    seqs, lens = zip(*batch)
    padded = pad_sequence(seqs, batch_first=True, padding_value=0)
    return padded, torch.tensor(lens)


loader = DataLoader(samples, batch_size=2, collate_fn=collate)
for padded, lens in loader:
    print(padded)
    print("lengths:", lens)
    mask = torch.arange(padded.size(1)).unsqueeze(0) < lens.unsqueeze(1)
    print(mask)
print(pad_sequence([torch.ones(2), torch.ones(3)]))
