# Q: creating tensors that match another tensor's dtype: zeros_like, new_zeros, new_tensor, full_like, empty_like.
import torch

a = torch.tensor([[1, 2], [3, 4]], dtype=torch.int16)
b = torch.randn(2, 3, dtype=torch.float64, requires_grad=True)
print(torch.zeros_like(a), torch.zeros_like(b).requires_grad)
print(a.new_zeros(3), b.new_ones((1, 2)))
print(a.new_tensor([1.7, 2.2]), b.new_tensor([1, 2]))
print(torch.full_like(a, 7), torch.full_like(a, 2.9))
print(torch.full_like(b, 0.5, dtype=torch.float16))
e = torch.empty_like(b)
print(e.shape, e.dtype, e.requires_grad)
print(torch.ones_like(b, requires_grad=True).requires_grad)
print(torch.rand_like(b).dtype)
try:
    torch.randn_like(a)
except (RuntimeError, NotImplementedError) as err:
    print(type(err).__name__, err)
print(torch.randint_like(a, 5).dtype, torch.zeros(2, 2).new_full((2,), 3).dtype)
