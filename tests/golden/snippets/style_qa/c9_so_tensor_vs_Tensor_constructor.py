# Q: torch.Tensor vs torch.tensor: default dtype, torch.Tensor(3) is a size, scalars, and the dtype keyword.
import torch

print(torch.Tensor([1, 2, 3]).dtype, torch.tensor([1, 2, 3]).dtype)
a = torch.Tensor(3)
print(a.shape, a.dtype)
print(torch.tensor(3), torch.tensor(3).shape)
print(torch.Tensor([3]), torch.Tensor(2, 3).shape)
try:
    torch.Tensor([1, 2], dtype=torch.int64)
except TypeError as e:
    print(type(e).__name__, e)
print(torch.tensor([1, 2], dtype=torch.int64), torch.LongTensor([1, 2]))
print(torch.Tensor().shape, torch.tensor([]).shape)
try:
    torch.tensor()
except TypeError as e:
    print(type(e).__name__, str(e).splitlines()[0])
print(torch.FloatTensor([[1, 2]]), torch.tensor([[1, 2]], dtype=torch.float))
print(isinstance(torch.tensor(1), torch.Tensor), type(torch.tensor(1.0)))
print(torch.tensor([True, 1]).dtype, torch.tensor([1, 2.0]).dtype, torch.tensor([1, 2j]).dtype)
try:
    torch.tensor([[1, 2], [3]])
except ValueError as e:
    print(type(e).__name__, e)
print(torch.tensor(2 ** 63 - 1), torch.tensor(1e40))
try:
    torch.tensor(2 ** 64)
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
