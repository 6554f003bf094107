# Q: converting floats to ints truncates, and nan/inf become garbage?
import torch

x = torch.tensor([1.9, -1.9, 255.6, 256.0, -0.2])
print(x.to(torch.int64))
print(x.to(torch.uint8)[:2])
print(x.to(torch.int8)[:3])
print(torch.tensor([3.999999]).int(), torch.tensor([1e10]).long())
print(torch.tensor([True, False]).float(), torch.tensor([0.0, 0.1, -2.0]).bool())
