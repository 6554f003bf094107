# bfloat16 keeps float32's range but fewer mantissa bits
import torch

x = torch.tensor([3.14159265, 1e-20, 1e20, 100.7, 0.3333333])
print(x.to(torch.bfloat16))
print(x.to(torch.float16))
print(x.to(torch.bfloat16).float())
print(torch.tensor(1.0, dtype=torch.bfloat16) + torch.tensor(0.001, dtype=torch.bfloat16))
print(x.bfloat16().dtype, x.bfloat16().element_size())
