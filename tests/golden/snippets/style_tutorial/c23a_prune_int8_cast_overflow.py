# Casting to int8 without clamping wraps around; clamp first
import torch

x = torch.tensor([-200.0, -128.4, -0.6, 0.5, 127.6, 300.0])
print(x.round().clamp(-128, 127).to(torch.int8))
print(torch.tensor([130, 255, 256, -129]).to(torch.int8))
print(torch.iinfo(torch.int8), torch.iinfo(torch.uint8).max)
print(x.to(torch.int32))
