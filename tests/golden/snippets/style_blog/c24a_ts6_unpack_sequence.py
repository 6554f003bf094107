# unpack_sequence and unpad_sequence give the original list back
import torch
from torch.nn.utils.rnn import pack_sequence, unpack_sequence, pad_sequence, unpad_sequence

windows = [torch.tensor([1.0, 2.0, 3.0]), torch.tensor([4.0]), torch.tensor([5.0, 6.0, 7.0, 8.0])]
pk_batch = pack_sequence(windows, enforce_sorted=False)
restored = unpack_sequence(pk_batch)
print(restored)
print(all(torch.equal(a, b) for a, b in zip(windows, restored)))
grid = pad_sequence(windows)
print(grid.shape)
print(unpad_sequence(grid, torch.tensor([3, 1, 4])))
