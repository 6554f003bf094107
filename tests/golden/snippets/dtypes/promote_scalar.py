import torch

i = torch.tensor([1, 2, 3])
f = torch.tensor([1., 2., 3.])
d = torch.tensor([1., 2.], dtype=torch.float64)
print((i + 1).dtype, (i + 1.5).dtype, (i * True).dtype)
print((f + 1).dtype, (f * 2.5).dtype)
print((d + 1.5).dtype)
print(i + 1.5)
print(i * 2)
