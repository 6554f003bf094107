# Printing a PackedSequence and running it through an RNN
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pad_packed_sequence, pack_sequence

batch = [torch.tensor([[1.0], [2.0], [3.0]]), torch.tensor([[4.0], [5.0]])]
ps = pack_sequence(batch)
print(ps)
print(type(ps).__name__, ps.is_cuda)
cell = nn.RNN(1, 2, num_layers=1)
seq_out, h_last = cell(ps)
print(type(seq_out).__name__, seq_out.data.shape, h_last.shape)
unpacked, seq_lens = pad_packed_sequence(seq_out)
print(unpacked.shape, seq_lens)
print(unpacked[2, 1])
try:
    pack_sequence([torch.ones(2, 1), torch.ones(3, 1)])
except RuntimeError as e:
    print(e)
