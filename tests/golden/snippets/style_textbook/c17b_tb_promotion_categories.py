# Type promotion: categories beat sizes, dimensioned tensors beat zero-dim ones.
import torch

u8 = torch.tensor([200], dtype=torch.uint8)
i8 = torch.tensor([-3], dtype=torch.int8)
print((u8 + i8).dtype, (u8 + i8))
print((u8 + 100).dtype, u8 + 100)
print((i8 * 1.5).dtype, (i8 / 2).dtype)
print((torch.tensor([1], dtype=torch.int32) + torch.tensor(2.0, dtype=torch.float64)).dtype)
print((torch.tensor([1.0], dtype=torch.float16) + torch.tensor(2.0)).dtype)
print((torch.tensor([True]) + torch.tensor([True])).dtype, torch.tensor([True]) + True)
print(torch.promote_types(torch.uint8, torch.int8), torch.promote_types(torch.bfloat16, torch.float16))
print(torch.can_cast(torch.float32, torch.int32), torch.can_cast(torch.int32, torch.float16))
