# Where exp overflows in each floating dtype
import torch

for dtype in (torch.float16, torch.bfloat16, torch.float32, torch.float64):
    x = torch.tensor([10.0, 89.0, 710.0], dtype=dtype)
    print(dtype, torch.exp(x), torch.finfo(dtype).max)
print(torch.log(torch.tensor([0.0, -1.0])))
print(torch.tensor(1e-46), torch.tensor(1e-45))
