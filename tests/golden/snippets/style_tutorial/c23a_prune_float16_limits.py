# float16 range and precision: overflow to inf, tiny values to zero, coarse steps
import torch

print(torch.finfo(torch.float16))
x = torch.tensor([65504.0, 70000.0, 1e-8, 0.1, 1000.1, 2049.0])
h = x.half()
print(h)
print(h.float() - x)
print(torch.tensor(2048.0, dtype=torch.float16) + 1)
print(torch.finfo(torch.bfloat16).eps, torch.finfo(torch.float16).eps)
