import torch
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

x = torch.tensor([[1, 2, 0], [3, 4, 5], [6, 0, 0]])
lengths = torch.tensor([2, 3, 1])
try:
    pack_padded_sequence(x, lengths, batch_first=True)
except Exception as e:
    print(type(e).__name__, e)
packed = pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
print(packed.data)
print(packed.batch_sizes, packed.sorted_indices, packed.unsorted_indices)
out, lens = pad_packed_sequence(packed, batch_first=True)
print(out, lens)
