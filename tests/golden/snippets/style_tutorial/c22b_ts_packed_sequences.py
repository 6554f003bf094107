import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_sequence, pad_packed_sequence

torch.manual_seed(11)
trips = [torch.randn(2, 3), torch.randn(6, 3), torch.randn(4, 3)]
packed = pack_sequence(trips, enforce_sorted=False)
print("batch sizes:", packed.batch_sizes.tolist())
print("sorted order:", packed.sorted_indices.tolist(), "restore:", packed.unsorted_indices.tolist())
enc = nn.LSTM(3, 2)
out, (h, c) = enc(packed)
grid, lengths = pad_packed_sequence(out, padding_value=-9.0)
print(tuple(grid.shape), lengths.tolist())
print(grid[2:, 0, 0])
print("h is the last valid step:", torch.allclose(grid[1, 0], h[0, 0]), torch.allclose(grid[5, 1], h[0, 1]))
