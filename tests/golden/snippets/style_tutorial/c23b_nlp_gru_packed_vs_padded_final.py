import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence

torch.manual_seed(20)
gru = nn.GRU(2, 3, batch_first=True)
x = torch.randn(2, 4, 2)
x[1, 2:] = 0
lengths = torch.tensor([4, 2])
_, h_padded = gru(x)
_, h_packed = gru(pack_padded_sequence(x, lengths, batch_first=True))
print(torch.allclose(h_padded[0, 0], h_packed[0, 0]))
print(torch.allclose(h_padded[0, 1], h_packed[0, 1]))
out, _ = gru(x[1:, :2])
print(torch.allclose(out[0, -1], h_packed[0, 1], atol=1e-6))
