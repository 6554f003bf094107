# Q: what dtype does torch.tensor pick for mixed Python lists?
import torch

print(torch.tensor([1, 2.5]).dtype)
print(torch.tensor([True, 2]).dtype, torch.tensor([True, False]).dtype)
print(torch.tensor([1, 2], dtype=torch.float16))
print(torch.tensor([1 + 0j, 2]).dtype, torch.tensor(3).dtype, torch.tensor(3.0).dtype)
print(torch.tensor([[1, 2], [3.0, 4]]))
print(torch.tensor([]).dtype, torch.tensor([[]]).shape)
print(torch.Tensor([1, 2]).dtype, torch.LongTensor([1, 2]).dtype)
print(torch.tensor([2 ** 40]).dtype, torch.tensor(2 ** 40))
