import torch
from torch.nn.utils.rnn import pack_padded_sequence

x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 0.0]])
p = pack_padded_sequence(x, torch.tensor([3, 2]), batch_first=True)
print(p)
print(p.data.shape, p.is_cuda)
print(p.to(torch.float64).data.dtype)
data, batch_sizes, sorted_idx, unsorted_idx = p
print(batch_sizes, sorted_idx)
try:
    pack_padded_sequence(x, torch.tensor([3, 0]), batch_first=True)
except Exception as e:
    print(type(e).__name__, e)
