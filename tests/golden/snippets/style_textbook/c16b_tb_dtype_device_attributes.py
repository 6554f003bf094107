# Tensor attributes in the tensor chapter.
import torch

x = torch.zeros(2, 3, dtype=torch.float16)
print(x.dtype, x.device, x.layout, x.ndim, x.dim(), x.numel(), x.element_size(), x.nbytes)
print(x.dtype.is_floating_point, torch.int8.is_signed, torch.uint8.is_signed, torch.complex64.is_complex)
print(x.is_floating_point(), torch.ones(1, dtype=torch.int32).is_floating_point())
print(torch.get_default_dtype(), x.itemsize, x.device.type, str(x.device))
print(torch.float32 == torch.float, torch.float64 is torch.double, torch.int64 == torch.long)
