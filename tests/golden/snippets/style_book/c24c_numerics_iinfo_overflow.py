# Section 5.5: integer limits and wrap-around
import torch

for dt in (torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64):
    ii = torch.iinfo(dt)
    print(dt, ii.bits, ii.min, ii.max)
a = torch.tensor([250], dtype=torch.uint8)
print(a + 10)
b = torch.tensor([127], dtype=torch.int8)
print(b + 1, (b + 1).dtype)
print(torch.tensor([2**31 - 1], dtype=torch.int32) + 1)
print(torch.iinfo(torch.int32))
