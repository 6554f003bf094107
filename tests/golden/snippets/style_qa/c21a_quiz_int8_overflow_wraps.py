# Quiz: integer overflow in small dtypes.
import torch

a = torch.tensor([120, -120], dtype=torch.int8)
print(a + 10)
print(a * 2)
print(torch.tensor([250], dtype=torch.uint8) + torch.tensor([10], dtype=torch.uint8))
print(torch.iinfo(torch.int8).max, torch.iinfo(torch.uint8).min)
print(torch.tensor([-1], dtype=torch.int8).to(torch.uint8))
