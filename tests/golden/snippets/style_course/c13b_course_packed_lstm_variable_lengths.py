# Course assignment: LSTM over variable-length sequences with pack_padded_sequence; last valid hidden state.
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence, pad_sequence

torch.manual_seed(21)
seqs = [torch.rand(n, 1) for n in (5, 2, 4)]
padded = pad_sequence(seqs, batch_first=True)
lengths = torch.tensor([5, 2, 4])
print(padded.shape, padded[1].squeeze(1))
lstm = nn.LSTM(1, 3, batch_first=True)
packed = pack_padded_sequence(padded, lengths, batch_first=True, enforce_sorted=False)
print(packed.batch_sizes)
out_packed, (h, c) = lstm(packed)
out, out_lens = pad_packed_sequence(out_packed, batch_first=True)
print(out.shape, out_lens)
print(out[1, 2:])
last = out[torch.arange(3), lengths - 1]
print(torch.allclose(last, h[0]))
full, _ = lstm(padded)
print(torch.allclose(full[1, 1], h[0, 1]), torch.allclose(full[1, 4], h[0, 1]))
head = nn.Linear(3, 1)
target = torch.stack([s.sum() for s in seqs]).unsqueeze(1)
loss = nn.functional.mse_loss(head(h[0]), target)
loss.backward()
print(loss.item())
print(lstm.weight_hh_l0.grad.shape)
