# What print shows for integer, bool, negative-zero, huge and mixed tensors, and for 0-d and empty ones.
import torch

print(torch.tensor([True, False, True]))
print(torch.tensor([-0.0, 0.0, 1.0]))
print(torch.tensor([1, -20, 300], dtype=torch.int16), torch.tensor([2 ** 40, 3]))
print(torch.tensor([1.0, 2.5, 1e10]), torch.tensor([0.001, 0.01]))
print(torch.tensor(7), torch.tensor(7.0), torch.tensor(True), torch.tensor(-0.5, dtype=torch.float64))
print(torch.zeros(0), torch.empty(2, 0).shape, torch.zeros(0, 3))
print(torch.tensor([[1e-4, 1.0], [100.0, 12345.678]]))
print(torch.tensor([1.0, float('nan')]).mean(), torch.tensor([3], dtype=torch.uint8) - 5)
print(torch.arange(6).view(2, 3).float() / 3)
print(torch.tensor([0.1, 0.2], dtype=torch.float16), torch.tensor([1.5], dtype=torch.bfloat16))
print(repr(torch.tensor([100000.0, 1.0])), str(torch.ones(2, dtype=torch.int64)))
