# Tensor attributes at a glance: dtype, shape, ndim, device, layout, is_leaf, element_size, nbytes, itemsize.
import torch

x = torch.zeros(2, 3, dtype=torch.float64)
print(x.dtype, x.shape, x.ndim, x.device, x.layout)
print(x.is_leaf, x.requires_grad, x.grad_fn, x.is_floating_point(), x.is_complex())
print(x.element_size(), x.nbytes, x.itemsize, x.numel(), x.nelement())
print(x.stride(), x.storage_offset(), x.is_contiguous())
print(x.T.shape, x.mT.shape, x.H.shape if hasattr(x, 'H') else None)
print(x.type(), x.int().type(), torch.tensor(True).type())
print(x.dim_order() if hasattr(x, 'dim_order') else None)
