# Q: loss is inf in float16 but fine in float32
import torch

vals = torch.full((100,), 1000.0, dtype=torch.float16)
print(vals.sum())
print((vals * vals).mean())
print(vals.float().pow(2).mean())
print(torch.tensor(65504.0, dtype=torch.float16) + 32)
print(torch.tensor(1e-8, dtype=torch.float16))
