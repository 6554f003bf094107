import torch
from torch import nn
from torch.nn.utils.rnn import pack_sequence

torch.manual_seed(6)
lstm = nn.LSTM(2, 3)
seqs = [torch.randn(4, 2), torch.randn(2, 2), torch.randn(3, 2)]
packed = pack_sequence(seqs, enforce_sorted=False)
print(type(packed).__name__, packed.batch_sizes)
_, (h, c) = lstm(packed)
print(h.shape)
for i, s in enumerate(seqs):
    _, (hi, _) = lstm(s.unsqueeze(1))
    print(i, torch.allclose(hi[0, 0], h[0, i], atol=1e-6))
try:
    pack_sequence(seqs)
except Exception as e:
    print(type(e).__name__, e)
