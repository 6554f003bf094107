# Tensor.to, type, double, half, bool, int; item and tolist
import torch

t = torch.tensor([[1.5, -2.0], [0.0, 3.25]])
print(t.to(torch.float64))
print(t.to(dtype=torch.int32))
print(t.type(torch.IntTensor))
print(t.type())
print(t.double().dtype, t.half(), t.bool())
print(t.tolist(), t[1, 1].item())
print(t.new_zeros((2,)), t.new_ones(1, 2), t.new_full((2,), 7.0), t.new_tensor([1, 2]))
print(torch.randn(2, 2).to(t).dtype)
