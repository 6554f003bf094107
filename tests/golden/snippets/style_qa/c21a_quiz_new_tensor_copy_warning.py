# Quiz: x.new_tensor(x) versus x.new_tensor(list).
import torch

x = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
a = x.new_tensor([3, 4])
print(a, a.requires_grad)
b = x.new_tensor(x)
print(b.requires_grad, b.dtype)
c = x.new_ones(2, dtype=torch.int32)
print(c)
