# Quiz 1: how many bytes does each tensor occupy? Solution below.
import torch

for t in [torch.zeros(10), torch.zeros(10, dtype=torch.float64), torch.zeros(10, dtype=torch.int8),
          torch.zeros(3, 4, dtype=torch.bool), torch.zeros(2, 2, dtype=torch.complex64)]:
    print(t.dtype, t.numel() * t.element_size())
print(torch.zeros(100).expand(10, 100).untyped_storage().nbytes())
