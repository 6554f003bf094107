import torch

torch.set_default_dtype(torch.float64)
print(torch.get_default_dtype())
a = torch.tensor([1.5, 2.0])
print(a)
print(a.dtype)
b = torch.tensor([1.5, 2.0], dtype=torch.float32)
print(b)
print(torch.zeros(2))
print(torch.tensor([1, 2]) / 2)
