import torch

# Exam B3-7. Infer the dtype.
print(torch.full((2,), 7).dtype, torch.full((2,), 7.0).dtype, torch.full((2,), True).dtype)
print(torch.zeros(2, dtype=torch.int32).fill_(2.7))
print(torch.ones(2).new_zeros(3).dtype, torch.ones(2, dtype=torch.int8).new_ones(2))
print(torch.zeros_like(torch.tensor([1, 2]), dtype=torch.float16))
print(torch.empty(0).shape, torch.tensor([]).dtype)
