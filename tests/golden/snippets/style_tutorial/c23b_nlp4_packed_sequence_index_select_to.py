import torch
from torch.nn.utils.rnn import pack_sequence, PackedSequence

p = pack_sequence([torch.tensor([1.0, 2.0, 3.0]), torch.tensor([4.0])], enforce_sorted=False)
print(p.data, p.batch_sizes)
q = p.to(torch.float64)
print(q.data.dtype, q.batch_sizes.dtype, q.sorted_indices)
print(p.double().data.dtype, p.cpu() is p, p.is_pinned())
try:
    PackedSequence(torch.ones(3))
except Exception as e:
    print(type(e).__name__, str(e)[:100])
