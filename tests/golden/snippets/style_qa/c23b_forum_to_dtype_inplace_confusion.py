import torch

x = torch.tensor([1, 2, 3])
x.float()
print(x.dtype)
x = x.float()
print(x.dtype)
y = x.to(torch.int64)
print(y, y.dtype, x.to(torch.float32) is x)
z = x.type(torch.DoubleTensor)
print(z.dtype, x.type())
print(torch.tensor([1.7, -1.7]).long(), torch.tensor([1.7, -1.7]).int().dtype)
