# what pack_padded_sequence stores: data in time-major order and batch_sizes
import torch
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

padded = torch.tensor([[1, 2, 3], [4, 5, 0], [6, 0, 0]])
lengths = torch.tensor([3, 2, 1])
packed = pack_padded_sequence(padded, lengths, batch_first=True)
print(packed.data, packed.batch_sizes)
mine = [padded[b, t].item() for t in range(3) for b in range(3) if t < lengths[b]]
print(mine)
out, lens = pad_packed_sequence(packed, batch_first=True)
print(torch.equal(out, padded), lens)
