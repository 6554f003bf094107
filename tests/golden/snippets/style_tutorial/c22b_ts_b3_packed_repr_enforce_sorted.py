import torch
from torch.nn.utils.rnn import pack_padded_sequence

padded = torch.tensor([[1.0, 2.0, 0.0], [3.0, 4.0, 5.0]]).unsqueeze(-1)
try:
    pack_padded_sequence(padded, torch.tensor([2, 3]), batch_first=True)
except RuntimeError as e:
    print(e)
ps = pack_padded_sequence(padded, torch.tensor([2, 3]), batch_first=True, enforce_sorted=False)
print(ps)
