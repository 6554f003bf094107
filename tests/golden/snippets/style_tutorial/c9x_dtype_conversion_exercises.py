# dtype exercises: conversions, promotion, integer division and what prints.
import torch

i = torch.tensor([7, -7, 3])
f = torch.tensor([2.5, -1.5, 0.5])
print(i.dtype, f.dtype, (i + f).dtype, (i * 2).dtype, (i / 2).dtype)
print(i / 2)
print(i // 2)
print(torch.div(i, 2, rounding_mode="trunc"))
print(i % 3, torch.fmod(i, 3))
print(f.int(), f.long().dtype, f.round())
print(i.float(), i.double(), i.to(torch.float16))
print(i.to(torch.bool), torch.tensor([0.0, 0.1]).bool())
print(f.type(torch.int32), f.type())
d = torch.tensor([1.0], dtype=torch.float64)
print((d + f).dtype, (d + 1).dtype, (torch.tensor(1) + 1.0).dtype)
print(torch.tensor([1, 2], dtype=torch.uint8) - 3)
print(torch.tensor(3.7).to(torch.int64), int(torch.tensor(3.7)), float(torch.tensor(3)))
print(torch.result_type(i, 1.0), torch.promote_types(torch.int32, torch.float16))
print(torch.tensor([1e10]).half(), torch.tensor([1 / 3], dtype=torch.bfloat16))
print(torch.tensor([300]).to(torch.int8))
try:
    i.add_(f)
except RuntimeError as e:
    print(e)
print(torch.can_cast(torch.float32, torch.int32), torch.can_cast(torch.int32, torch.float32))
print(torch.finfo(torch.float32).eps, torch.iinfo(torch.int16).max)
print(torch.get_default_dtype(), torch.tensor([1, 2.0]).dtype)
