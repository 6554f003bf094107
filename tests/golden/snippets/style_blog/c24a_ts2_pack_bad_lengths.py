# pack_padded_sequence with a zero length, too-long lengths, or lengths of the wrong kind
import torch
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

x = torch.zeros(3, 4, 1)
for lengths in ([4, 2, 0], [5, 2, 1], torch.tensor([4.0, 2.0, 1.0])):
    try:
        p = pack_padded_sequence(x, lengths, batch_first=True)
        print('ok', p.batch_sizes)
    except (RuntimeError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
p = pack_padded_sequence(x, [4, 2, 1], batch_first=True)
try:
    pad_packed_sequence(p, batch_first=True, total_length=3)
except ValueError as e:
    print(e)
