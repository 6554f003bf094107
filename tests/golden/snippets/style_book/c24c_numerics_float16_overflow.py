# Section 5.3: overflow to inf in half precision
import torch

a = torch.tensor([300.0, 60000.0], dtype=torch.float16)
print(a * a)
print(a * 2)
print((a.float() * a.float()).half())
s = torch.ones(70000, dtype=torch.float16)
print(s.sum(), s.sum().dtype)
print(torch.tensor(1e-8).half(), torch.tensor(6e-8).half())
