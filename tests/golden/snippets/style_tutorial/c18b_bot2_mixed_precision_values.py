# Comparing float16, bfloat16 and float32 precision
import torch

x = torch.tensor([1.0001, 3.14159265, 1000.5, 1e-5])
for dt in (torch.float16, torch.bfloat16, torch.float32):
    print(f"{str(dt):>15}: {x.to(dt)}")
print(torch.tensor(70000.0).half())
print(torch.tensor(1e-8).half(), torch.tensor(1e-8).bfloat16())
