# pack_sequence / unpack_sequence / pad_packed_sequence, and an LSTM on packed input
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_sequence, pad_packed_sequence, unpack_sequence

a = torch.tensor([1., 2., 3.])
b = torch.tensor([4., 5.])
c = torch.tensor([6.])
packed = pack_sequence([a, b, c])
print(packed)
print(unpack_sequence(packed))
torch.manual_seed(0)
lstm = nn.LSTM(1, 2)
out, (h, _) = lstm(pack_sequence([a.unsqueeze(1), b.unsqueeze(1)]))
padded, lengths = pad_packed_sequence(out)
print(padded.shape, lengths, h.shape)
print(padded[:, 1])
