# Q: x.new_tensor(y) warns, what should I write instead?
import torch

base = torch.zeros(2, dtype=torch.float64)
src = torch.tensor([1.5, 2.5])
made = base.new_tensor(src)
print(made, made.dtype)
print(base.new_tensor([3, 4]).dtype)
print(base.new_zeros(3), base.new_ones((1, 2)).dtype, base.new_full((2,), 7).dtype)
print(base.new_empty(4).shape)
