# Section 5.2: bfloat16 keeps the range but not the digits
import torch

x = torch.tensor([1.0, 1.00390625, 1.01, 3.14159, 1e30, 1e-30])
b = x.to(torch.bfloat16)
print(b)
print(b.float().tolist())
print(torch.tensor(256.0, dtype=torch.bfloat16) + 1)
print(torch.finfo(torch.bfloat16))
