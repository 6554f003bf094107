import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

torch.manual_seed(58)
lstm = nn.LSTM(3, 4, batch_first=True)
x = torch.randn(3, 5, 3)
lengths = torch.tensor([5, 2, 4])
out, _ = lstm(pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False))
out, _ = pad_packed_sequence(out, batch_first=True, padding_value=0.0)
pooled = out.sum(1) / lengths.unsqueeze(1)
print(out.shape, pooled.shape)
print(out[1, 2:].eq(0).all().item())
print(pooled.dtype, lengths.dtype)
