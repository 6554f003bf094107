"""Handling variable-length sequences with pack_padded_sequence."""
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

torch.manual_seed(0)
batch = torch.randn(3, 4, 2)          # (batch, max_len, features)
lengths = torch.tensor([4, 2, 3])     # true lengths
lstm = nn.LSTM(input_size=2, hidden_size=3, batch_first=True)

packed = pack_padded_sequence(batch, lengths, batch_first=True, enforce_sorted=False)
out_packed, (h, c) = lstm(packed)
out, out_lengths = pad_packed_sequence(out_packed, batch_first=True)
print("output shape:", out.shape, "lengths:", out_lengths)
print("last hidden:", h[0])
print("padded positions are zero:", torch.all(out[1, 2:] == 0).item())
