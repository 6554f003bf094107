import torch

a = torch.tensor([1., 2.], dtype=torch.float64)
print(a)
print(a.dtype)
print(a * 2)
print(a + torch.tensor([1., 1.]))
print(torch.tensor([1 / 3], dtype=torch.float64))
print(a.double() is a)
