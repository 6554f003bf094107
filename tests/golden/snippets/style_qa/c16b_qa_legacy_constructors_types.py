# Q: torch.Tensor vs torch.tensor and the legacy typed constructors.
import torch

print(torch.Tensor([1, 2]), torch.Tensor(2, 3).shape)
print(torch.LongTensor([1.7, 2.2]), torch.FloatTensor([1, 2]).dtype)
print(torch.BoolTensor([1, 0]), torch.DoubleTensor(2).dtype)
try:
    torch.LongTensor([1], dtype=torch.float32)
except TypeError as e:
    print(e)
print(torch.tensor(3).dtype, torch.Tensor(3).shape)
