import torch

print(torch.float, torch.double, torch.long, torch.int, torch.half)
print(torch.float == torch.float32, torch.long is torch.int64)
print(torch.float32.is_floating_point, torch.int64.is_floating_point)
print(torch.tensor([1.]).is_floating_point(), torch.is_floating_point(torch.tensor([1])))
print(torch.float32.itemsize, torch.float64.itemsize, torch.bool.itemsize)
print(str(torch.float32), repr(torch.int32))
