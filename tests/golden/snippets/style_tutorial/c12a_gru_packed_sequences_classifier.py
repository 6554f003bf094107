# Sequence classification with a GRU over packed variable-length batches (enforce_sorted=False).
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence, pad_sequence

torch.manual_seed(10)
seqs = [torch.randn(n, 3) for n in (4, 2, 5)]
lengths = torch.tensor([4, 2, 5])
padded = pad_sequence(seqs, batch_first=True)
print(padded.shape)
packed = pack_padded_sequence(padded, lengths, batch_first=True, enforce_sorted=False)
print(packed.batch_sizes, packed.sorted_indices, packed.unsorted_indices)
gru = nn.GRU(3, 4, batch_first=True)
out, h = gru(packed)
unpacked, out_lens = pad_packed_sequence(out, batch_first=True)
print(unpacked.shape, out_lens)
print(torch.allclose(unpacked[torch.arange(3), out_lens - 1], h[0]))
print(unpacked[1, 2:])
fc = nn.Linear(4, 2)
logits = fc(h[-1])
loss = nn.functional.cross_entropy(logits, torch.tensor([1, 0, 1]))
loss.backward()
print(logits, loss.item())
print(gru.weight_hh_l0.grad.norm())
