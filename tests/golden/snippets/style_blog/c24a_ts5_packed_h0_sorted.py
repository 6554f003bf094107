# With enforce_sorted=False the final hidden states come back in the input order
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

torch.manual_seed(49)
gru = nn.GRU(1, 3, batch_first=True)
x = torch.randn(3, 5, 1)
lengths = torch.tensor([2, 5, 3])
packed = pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
out, h = gru(packed)
padded, lens = pad_packed_sequence(out, batch_first=True)
last = padded[torch.arange(3), lens - 1]
print(torch.allclose(last, h[0]))
print(padded.shape, lens)
print((padded[0, 2:] == 0).all().item())
h0 = torch.zeros(1, 3, 3)
out2, h2 = gru(packed, h0)
print(torch.allclose(h2, h))
