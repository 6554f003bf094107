# Quiz 10: what dtype comes out?
import torch

i = torch.tensor([1, 2])
f16 = torch.tensor([1, 2], dtype=torch.float16)
u8 = torch.tensor([200, 100], dtype=torch.uint8)
print((i + 1.5).dtype)
print((i * f16).dtype)
print((f16 + 1.0).dtype)
print((f16 + torch.tensor(1.0)).dtype)
print((u8 + u8))
print((u8 + 1).dtype, (u8 + i).dtype)
print((i8 := torch.tensor([1], dtype=torch.int8)) + u8[:1])
print((torch.tensor(True) + torch.tensor(True)))
