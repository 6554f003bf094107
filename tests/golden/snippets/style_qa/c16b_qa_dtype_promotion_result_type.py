# Q: what dtype do I get when mixing dtypes?
import torch

i = torch.tensor([1, 2])
f16 = torch.tensor([1.0], dtype=torch.float16)
b = torch.tensor([True])
u8 = torch.tensor([200], dtype=torch.uint8)
i8 = torch.tensor([-1], dtype=torch.int8)
print(torch.result_type(i, 2.5), torch.result_type(f16, i), torch.result_type(b, b))
print(torch.promote_types(torch.uint8, torch.int8), torch.promote_types(torch.int32, torch.float16))
print((u8 + i8).dtype, (u8 + i8), (b + b).dtype, (i * 1.0).dtype)
print(torch.can_cast(torch.float32, torch.int32), torch.can_cast(torch.int64, torch.float16))
print((i / 2).dtype, (i // 2).dtype, (f16 * torch.tensor(3.0)).dtype)
