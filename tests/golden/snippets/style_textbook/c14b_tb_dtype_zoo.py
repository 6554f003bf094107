# Tensors chapter: element types, conversions with .to/.double/.short, and what mixed operations produce.
import torch

doubles = torch.ones(4, 2, dtype=torch.double)
shorts = torch.tensor([[3, 1], [4, 1]], dtype=torch.short)
print(doubles.dtype, shorts.dtype, shorts)
print(shorts.to(torch.float16), shorts.double().dtype, doubles.to(dtype=torch.int8))
print((doubles[:2] * shorts).dtype, (shorts * 2.5).dtype, (shorts + shorts).dtype)
bits = torch.tensor([True, False, True])
print(bits.dtype, bits.sum(), bits.sum().dtype, bits.float().mean())
print(torch.tensor([1, 2, 3]).dtype, torch.tensor([1.0, 2, 3]).dtype, torch.tensor(2**40).dtype)
torch.manual_seed(1)
r = torch.rand(3, dtype=torch.float64)
print(r, r.float(), r.half())
print(r.element_size(), r.float().element_size(), bits.element_size())
print(torch.tensor([300, -5]).to(torch.uint8))
print(torch.tensor([2.7, -2.7]).long(), torch.tensor([2.7, -2.7]).int().dtype)
