# Exercise: print the minimum and maximum representable value for each dtype
import torch

for dtype in [torch.int8, torch.int32, torch.int64]:
    print(torch.iinfo(dtype).min, torch.iinfo(dtype).max)
for dtype in [torch.float16, torch.float32, torch.float64]:
    info = torch.finfo(dtype)
    print(info.min, info.max, info.eps)
print(torch.finfo(torch.bfloat16))
