# pad_sequence, pack_padded_sequence (sorted or not), pad_packed_sequence (total_length, padding_value),
# pack_sequence, PackedSequence's repr, fields, .to/.double, and the argument errors.
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence, pad_sequence, pack_sequence, PackedSequence
torch.manual_seed(0)
seqs = [torch.randn(2, 3, requires_grad=True), torch.randn(4, 3, requires_grad=True), torch.randn(3, 3, requires_grad=True)]
padded = pad_sequence(seqs, batch_first=True)
print(padded.grad_fn.name())
lengths = [2, 4, 3]
packed = pack_padded_sequence(padded, lengths, batch_first=True, enforce_sorted=False)
print(packed)
print(packed.data.grad_fn.name(), packed.batch_sizes.dtype, packed.sorted_indices, packed.unsorted_indices)
print(packed._fields, len(packed), type(packed).__mro__)
un, ln = pad_packed_sequence(packed, batch_first=True)
print(un.grad_fn.name(), ln, un.shape)
un2, ln2 = pad_packed_sequence(packed, total_length=6, padding_value=-1.0)
print(un2.grad_fn.name(), un2.grad_fn.next_functions[0][0].name(), un2.shape, ln2)
ps = pack_sequence([torch.ones(3), torch.ones(2) * 2, torch.ones(1) * 3])
print(ps)
print(pack_sequence([torch.ones(1), torch.ones(2)], enforce_sorted=False))
print(ps.to(torch.float64))
print(ps.double().data.dtype, ps.is_cuda, ps.to(torch.float32) is ps)
try:
    pack_sequence([torch.ones(1), torch.ones(2)])
except Exception as e:
    print(type(e).__name__, e)
try:
    pack_padded_sequence(torch.zeros(3, 2), [3, 0])
except Exception as e:
    print(type(e).__name__, e)
try:
    pack_padded_sequence(torch.zeros(3, 2), [3, 2, 1])
except Exception as e:
    print(type(e).__name__, e)
try:
    pad_packed_sequence(ps, total_length=2)
except Exception as e:
    print(type(e).__name__, e)
print(PackedSequence(torch.arange(3.), torch.tensor([2, 1])))
from torch.nn.utils.rnn import unpack_sequence, unpad_sequence, invert_permutation
print(unpack_sequence(packed)[0], [s.shape for s in unpack_sequence(packed)])
print([t.tolist() for t in unpad_sequence(pad_sequence([torch.arange(3.), torch.arange(1.)]), torch.tensor([3, 1]))])
print(invert_permutation(torch.tensor([2, 0, 1])), packed.cpu() is packed, packed.is_pinned())
(un.pow(2).sum() + packed.data.sum()).backward()
print(seqs[0].grad, seqs[1].grad[-1])
