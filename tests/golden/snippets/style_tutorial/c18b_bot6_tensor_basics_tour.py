# A beginner's tour of tensor attributes
import torch

t = torch.tensor([[1, 2, 3], [4, 5, 6]], dtype=torch.float32)
print(f"tensor:\n{t}")
print(f"shape: {t.shape}, size(): {t.size()}, ndim: {t.ndim}, numel: {t.numel()}")
print(f"dtype: {t.dtype}, device: {t.device}, layout: {t.layout}")
print(f"requires_grad: {t.requires_grad}, is_leaf: {t.is_leaf}, grad: {t.grad}")
print(f"stride: {t.stride()}, contiguous: {t.is_contiguous()}")
print(f"element size: {t.element_size()} bytes, total: {t.nbytes} bytes")
print(f"t[1] = {t[1]}, t[:, 1] = {t[:, 1]}, t[1, 2] = {t[1, 2]}")
