import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

torch.manual_seed(47)
gru = nn.GRU(2, 3, bidirectional=True, batch_first=True)
x = torch.randn(3, 4, 2)
lengths = torch.tensor([2, 4, 3])
packed = pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
out, h = gru(packed)
out, lens = pad_packed_sequence(out, batch_first=True)
print(out.shape, h.shape, lens)
print(torch.allclose(out[0, 1, :3], h[0, 0]), torch.allclose(out[0, 0, 3:], h[1, 0]))
print(out[0, 2:].abs().sum().item())
