# Big tensors print with "..."; mixed magnitudes switch to scientific notation.
import torch

print(torch.arange(2000))
print(torch.arange(1200.0).reshape(30, 40) / 7)
print(torch.tensor([1e-8, 1.0, 1e8]))
print(torch.tensor([0.001, 100.0]))
print(torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64))
print(torch.tensor([1, 2], dtype=torch.int32), torch.tensor([True, False]))
print(torch.tensor([float('inf'), float('nan'), -0.0, 1.5]))
print(torch.tensor([123456789.0]), torch.tensor(1e20), torch.tensor([0.1, 1e-5]))
print(torch.zeros(2, 0), torch.ones(1, 1, 1, 2, dtype=torch.float16))
