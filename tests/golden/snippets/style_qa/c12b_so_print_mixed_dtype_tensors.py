# Q: why does my tensor print with dtype=... sometimes, and why are some floats shown as 1.0000e+00?
import torch

print(torch.tensor([1, 2, 3]), torch.tensor([1, 2, 3], dtype=torch.int32))
print(torch.tensor([1.0, 2.0]), torch.tensor([1.0, 2.0], dtype=torch.float64))
print(torch.tensor([1.5, 2.25], dtype=torch.float16), torch.tensor([1.5, 2.25], dtype=torch.bfloat16))
print(torch.tensor([True, False]), torch.tensor([1, 0], dtype=torch.uint8))
print(torch.tensor([0.0001, 1000.0]), torch.tensor([0.001, 1000.0]), torch.tensor([1e-5, 1.0]))
print(torch.tensor([123456789.0]), torch.tensor([1.0, 123456.0]), torch.tensor([1e10, 1]))
print(torch.tensor([-0.0, 0.0, 1.0]), torch.tensor([1.12345678]), torch.tensor(3.0, dtype=torch.float64))
print(torch.tensor([]), torch.tensor([], dtype=torch.int64), torch.zeros(2, 0), torch.tensor([[]]))
print(torch.tensor([float('nan'), 1.5, float('inf')]), torch.tensor([float('nan')], dtype=torch.float64))
print(torch.tensor(5), torch.tensor(5.5, requires_grad=True), torch.tensor([1.0], requires_grad=True) * 2)
print(torch.arange(6).view(2, 3).double(), torch.tensor([[1e-8, 1.0], [2.0, 3.0]]))
print(repr(torch.tensor([1, 2])), str(torch.tensor(0.1)), f'{torch.tensor([1.0, 2.0])}')
