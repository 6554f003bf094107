import torch
from torch.nn.utils.rnn import pack_padded_sequence, invert_permutation

x = torch.arange(12.0).view(3, 4, 1)
lengths = torch.tensor([2, 4, 3])
p = pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
print(p.sorted_indices, p.unsorted_indices)
print(invert_permutation(p.sorted_indices))
print(p.data.view(-1))
print(invert_permutation(None))
