# Quiz: reprs of tensors of other dtypes.
import torch

print(torch.tensor([1, 2, 3]))
print(torch.tensor([1, 2], dtype=torch.int32))
print(torch.tensor([True, False]))
print(torch.tensor([1.5, 2.0], dtype=torch.half))
print(torch.tensor([1.5], dtype=torch.float64))
print(torch.tensor(7, dtype=torch.uint8))
