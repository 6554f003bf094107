# Variable-length sequences: pad_sequence, pack_padded_sequence, an RNN, pad_packed_sequence.
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence, pad_sequence

torch.manual_seed(0)
seqs = [torch.randn(n, 2) for n in (4, 2, 3)]
padded = pad_sequence(seqs, batch_first=True)
print(padded.shape)
print(padded[1])
lengths = torch.tensor([len(s) for s in seqs])
packed = pack_padded_sequence(padded, lengths, batch_first=True, enforce_sorted=False)
print(packed.batch_sizes, packed.sorted_indices, packed.unsorted_indices)
print(packed.data.shape)
rnn = nn.RNN(2, 3, batch_first=True)
out, h = rnn(packed)
unpacked, out_lengths = pad_packed_sequence(out, batch_first=True)
print(unpacked.shape, out_lengths)
print(unpacked[1])
print(torch.allclose(h[0], unpacked[torch.arange(3), out_lengths - 1]))
try:
    pack_padded_sequence(padded, lengths, batch_first=True)
except RuntimeError as e:
    print("RuntimeError:", e)
print(pad_sequence([torch.tensor([1, 2]), torch.tensor([3])], padding_value=-1))
