# Variable-length batches: pad_sequence, pack_padded_sequence through a GRU, pad_packed_sequence back.
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pad_sequence, pack_padded_sequence, pad_packed_sequence

torch.manual_seed(1441)
seqs = [torch.randn(4, 3), torch.randn(2, 3), torch.randn(3, 3)]
lengths = torch.tensor([len(s) for s in seqs])
padded = pad_sequence(seqs, batch_first=True)
print(padded.shape, lengths)
packed = pack_padded_sequence(padded, lengths, batch_first=True, enforce_sorted=False)
print(packed.batch_sizes, packed.sorted_indices)
gru = nn.GRU(3, 2, batch_first=True)
out, h = gru(packed)
unpacked, out_lens = pad_packed_sequence(out, batch_first=True)
print(unpacked.shape, out_lens)
print(unpacked[1])
print(h.shape, torch.allclose(h[0, 1], unpacked[1, 1]))
try:
    pack_padded_sequence(padded, lengths, batch_first=True)
except RuntimeError as e:
    print(e)
