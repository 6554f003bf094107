# Variable-length sequences: pad_sequence, pack_padded_sequence through a GRU, pad_packed_sequence.
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence, pad_sequence

torch.manual_seed(0)
seqs = [torch.randn(4, 3), torch.randn(2, 3), torch.randn(3, 3)]
lengths = torch.tensor([len(s) for s in seqs])
padded = pad_sequence(seqs, batch_first=True)
print(padded.shape)
packed = pack_padded_sequence(padded, lengths, batch_first=True, enforce_sorted=False)
print(type(packed).__name__, packed.batch_sizes)
gru = nn.GRU(3, 5, batch_first=True)
out, h = gru(packed)
unpacked, out_lengths = pad_packed_sequence(out, batch_first=True)
print(unpacked.shape, out_lengths)
print(h.shape)
print(torch.allclose(unpacked[1, 1], h[0, 1]), unpacked[1, 2:].abs().sum())
