# pack_padded_sequence with unsorted lengths
import torch
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

batch = torch.arange(1.0, 16.0).view(3, 5, 1)
seq_lens = torch.tensor([3, 5, 2])
try:
    pack_padded_sequence(batch, seq_lens, batch_first=True)
except RuntimeError as e:
    print(e)
pk = pack_padded_sequence(batch, seq_lens.tolist(), batch_first=True, enforce_sorted=False)
print(pk.batch_sizes, pk.data.shape)
print(pk.sorted_indices, pk.unsorted_indices)
print(pk.data.flatten())
unpacked, out_lens = pad_packed_sequence(pk, batch_first=True, padding_value=-1.0, total_length=6)
print(unpacked.squeeze(-1))
print(out_lens)
