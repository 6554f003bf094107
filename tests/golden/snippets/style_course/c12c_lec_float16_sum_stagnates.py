# Lecture: accumulating in low precision stops growing.
import torch

for dtype in (torch.float16, torch.bfloat16, torch.float32):
    acc = torch.tensor(0.0, dtype=dtype)
    step = torch.tensor(0.01, dtype=dtype)
    for i in range(3000):
        acc = acc + step
    print(dtype, acc.item())
ones = torch.ones(5000, dtype=torch.float16)
print(ones.sum(), ones.sum().dtype)
print(torch.tensor(2048.0, dtype=torch.float16) + 1)
print(torch.tensor(256.0, dtype=torch.bfloat16) + 1)
print(torch.tensor(16777216.0) + 1)
