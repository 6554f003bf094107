import torch

i64 = torch.tensor([1, 2, 3])
i32 = torch.tensor([1, 2, 3], dtype=torch.int32)
i16 = torch.tensor([1, 2, 3], dtype=torch.int16)
i8 = torch.tensor([1, 2, 3], dtype=torch.int8)
u8 = torch.tensor([1, 2, 3], dtype=torch.uint8)
for t in (i64, i32, i16, i8, u8):
    print(t, t.dtype, t.element_size())
print(torch.tensor([250], dtype=torch.uint8) + 10)
