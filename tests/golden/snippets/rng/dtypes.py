import torch

torch.manual_seed(42)
print(torch.rand(3, dtype=torch.float64))
print(torch.randn(3, dtype=torch.float64))
print(torch.rand(17, dtype=torch.float64))
print(torch.randn(18, dtype=torch.float64))
print(torch.randint(0, 100, (5,), dtype=torch.int32))
