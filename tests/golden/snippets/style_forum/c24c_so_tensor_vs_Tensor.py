# Q: torch.tensor vs torch.Tensor
import torch

print(torch.tensor([1, 2]).dtype, torch.Tensor([1, 2]).dtype)
print(torch.tensor(3), torch.Tensor(3).shape)
print(torch.tensor([True]).dtype, torch.Tensor([True]).dtype)
print(torch.tensor([1.5], dtype=torch.float64).dtype)
try:
    torch.Tensor([1, 2], dtype=torch.int64)
except TypeError as e:
    print("TypeError:", str(e).splitlines()[0])
print(torch.LongTensor([1, 2]), torch.FloatTensor(2).shape)
