# stacking sequences of different lengths for a batch
import torch

seqs = [torch.tensor([1, 2, 3]), torch.tensor([4, 5]), torch.tensor([6])]
try:
    torch.stack(seqs)
except RuntimeError as e:
    print("RuntimeError:", e)
from torch.nn.utils.rnn import pad_sequence
batch = pad_sequence(seqs, batch_first=True)
print(batch)
print(pad_sequence(seqs, padding_value=-1))
lengths = torch.tensor([len(s) for s in seqs])
print(lengths, (batch != 0).sum(1))
