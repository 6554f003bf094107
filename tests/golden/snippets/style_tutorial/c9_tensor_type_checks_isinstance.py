# Type checks learners write: isinstance, torch.is_tensor, type(), .type(), dtype comparisons and is_* flags.
import torch
import torch.nn as nn

x = torch.tensor([1.0, 2.0])
p = nn.Parameter(torch.ones(2))
print(isinstance(x, torch.Tensor), isinstance(p, torch.Tensor), isinstance(p, nn.Parameter))
print(torch.is_tensor(x), torch.is_tensor([1, 2]), torch.is_floating_point(x), torch.is_nonzero(torch.tensor([3])))
print(type(x), type(p), type(x).__name__, x.type(), p.type())
print(x.dtype == torch.float32, x.dtype == torch.float, x.dtype is torch.float32, torch.float == torch.float32)
print(torch.long, torch.int64, torch.double, torch.half, torch.cfloat if False else torch.bool)
print(x.dtype.is_floating_point, torch.int32.is_signed, torch.uint8.is_signed, torch.float16.itemsize)
print(torch.get_default_dtype(), torch.tensor(1).dtype, torch.tensor(1.0).dtype, torch.tensor(True).dtype)
print(torch.numel(torch.zeros(3, 4)), torch.zeros(3, 4).dim(), torch.zeros(3, 4).ndimension())
try:
    torch.is_nonzero(torch.tensor([1, 2]))
except RuntimeError as e:
    print("RuntimeError:", e)
print(str(torch.float64), repr(torch.int8), torch.finfo(torch.float32).eps, torch.iinfo(torch.int16).max)
