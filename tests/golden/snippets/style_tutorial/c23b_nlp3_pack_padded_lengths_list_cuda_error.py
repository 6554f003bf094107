import torch
from torch.nn.utils.rnn import pack_padded_sequence

x = torch.randn(2, 3, 1)
for lengths in ([3, 2], (3, 2), torch.tensor([3, 2], dtype=torch.int32), torch.tensor([3.0, 2.0])):
    try:
        p = pack_padded_sequence(x, lengths, batch_first=True)
        print(type(lengths).__name__, p.batch_sizes)
    except Exception as e:
        print(type(lengths).__name__, type(e).__name__, e)
try:
    pack_padded_sequence(x, [4, 2], batch_first=True)
except Exception as e:
    print(type(e).__name__, e)
