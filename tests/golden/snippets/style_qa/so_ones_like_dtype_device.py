# Q: creating tensors "like" another: dtype and requires_grad of *_like, new_zeros, new_tensor, full_like.
import torch

x = torch.tensor([[1, 2], [3, 4]], dtype=torch.int32)
print(torch.ones_like(x), torch.zeros_like(x, dtype=torch.float16))
print(torch.full_like(x, 7.9), torch.full_like(x, 7.9, dtype=torch.float32))
print(x.new_zeros(3), x.new_ones((1, 2)).dtype, x.new_full((2,), -1))
print(x.new_tensor([1.5, 2.5]), x.new_empty(2, 3).shape)
w = torch.randn(2, requires_grad=True)
print(torch.zeros_like(w).requires_grad, torch.zeros_like(w, requires_grad=True).requires_grad)
print(torch.empty_like(w).shape, torch.rand_like(w).dtype)
try:
    torch.randn_like(x)
except RuntimeError as e:
    print(e)
print(torch.randint_like(x, 10).dtype)
