# Q: float16 gives inf for large values; what are the limits of each float type?
import torch

for dt in (torch.float16, torch.bfloat16, torch.float32, torch.float64):
    fi = torch.finfo(dt)
    print(dt, fi.max, fi.eps, fi.tiny, fi.bits)
x = torch.tensor([60000.0, 70000.0], dtype=torch.float16)
print(x, x * 2)
print(torch.tensor(1e-8, dtype=torch.float16), torch.tensor(1e-8, dtype=torch.bfloat16))
print(torch.iinfo(torch.int8), torch.iinfo(torch.int64).max)
print(torch.tensor([127], dtype=torch.int8) + 1)
print(torch.tensor(300).to(torch.uint8))
