# Quiz 93: zeros_like, ones_like, full_like, empty_like keep dtype
import torch

i = torch.tensor([1, 2, 3])
print(torch.zeros_like(i), torch.ones_like(i, dtype=torch.float32))
print(torch.full_like(i, 2.7))
print(torch.full_like(i.float(), 2.7))
print(torch.rand_like(i.float()).shape)
try:
    torch.rand_like(i)
except RuntimeError as e:
    print(e)
print(torch.empty_like(i).dtype, torch.randn_like(i, dtype=torch.float64).dtype)
