# Tensor attributes: shape, dim, numel, stride, is_contiguous, storage_offset
import torch

x = torch.arange(12).reshape(3, 4)
print(x.shape, x.size(1), x.dim(), x.ndim, x.numel())
print(x.stride(), x.stride(0))
y = x.t()
print(y.stride(), y.is_contiguous(), y.contiguous().stride())
z = x[1:, 1:]
print(z.storage_offset(), z.shape, z.is_contiguous())
print(x.element_size(), x.nbytes, x.itemsize)
print(x.device, x.layout, x.is_leaf, x.requires_grad)
