# Section 5.5: integer limits and wrap-around
import torch

for itype in (torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64):
    lim = torch.iinfo(itype)
    print(itype, lim.bits, lim.min, lim.max)
byte = torch.tensor([250], dtype=torch.uint8)
print(byte + 10)
small = torch.tensor([127], dtype=torch.int8)
print(small + 1, (small + 1).dtype)
print(torch.tensor([2**31 - 1], dtype=torch.int32) + 1)
print(torch.iinfo(torch.int32))
