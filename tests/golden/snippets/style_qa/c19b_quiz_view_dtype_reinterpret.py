# Quiz 71: view(dtype) vs to(dtype)
import torch

x = torch.tensor([1.0, -2.0])
print(x.to(torch.int32))
print(x.view(torch.int32))
print(torch.tensor([1, 256], dtype=torch.int16).view(torch.uint8))
print(x.view(torch.int16).shape)
try:
    torch.tensor([1.0, 2.0, 3.0]).view(torch.float64)
except RuntimeError as e:
    print(e)
