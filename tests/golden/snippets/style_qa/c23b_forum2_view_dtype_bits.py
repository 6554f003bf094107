import torch

x = torch.tensor([1.0, -2.0])
print(x.view(torch.int32))
print(x.view(torch.uint8).shape)
try:
    torch.ones(3, dtype=torch.int16).view(torch.int32)
except Exception as e:
    print(type(e).__name__, e)
print(torch.tensor([1, 2], dtype=torch.int32).view(torch.float32))
