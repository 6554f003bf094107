# A bias-free GRU on packed batches: outputs past each length are zero after padding
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

torch.manual_seed(57)
gru = nn.GRU(2, 3, bias=False, batch_first=True)
x = torch.randn(2, 4, 2)
packed = pack_padded_sequence(x, [4, 2], batch_first=True)
out, h = gru(packed)
pad, lens = pad_packed_sequence(out, batch_first=True, padding_value=7.0)
print(pad[1, 2:])
print(lens, h.shape)
print(torch.equal(pad[1, 1], h[0, 1]))
print([n for n, _ in gru.named_parameters()])
