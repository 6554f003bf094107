# Q: .view(dtype) vs .to(dtype)
import torch

x = torch.tensor([1.0, -2.0])
print(x.view(torch.int32), x.to(torch.int32))
print(torch.tensor([1, 2], dtype=torch.int16).view(torch.int8))
print(torch.tensor([1, 2, 3, 4], dtype=torch.uint8).view(torch.int16))
try:
    torch.tensor([1, 2, 3], dtype=torch.uint8).view(torch.int16)
except RuntimeError as e:
    print("RuntimeError:", e)
