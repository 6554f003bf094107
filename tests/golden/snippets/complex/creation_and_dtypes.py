# Complex dtypes: names, aliases, flags, and the ways to make a complex tensor.
import torch

print(torch.complex64, torch.cfloat, torch.complex128, torch.cdouble)
print(torch.cfloat.is_complex, torch.cfloat.is_floating_point, torch.cfloat.is_signed, torch.cfloat.itemsize)
print(torch.cfloat.to_real(), torch.float64.to_complex(), torch.finfo(torch.cfloat).eps)
x = torch.tensor([1 + 2j, 3 - 1j])
print(x, x.dtype, x.is_complex(), torch.is_complex(x), x.is_floating_point(), x.element_size(), x.nbytes)
print(torch.tensor(1j), torch.tensor([1, 2j]), torch.tensor([[1j, 2], [3, 4.5]]))
print(torch.tensor([1, 2], dtype=torch.complex64), torch.tensor([1.5], dtype=torch.cdouble))
print(torch.zeros(2, dtype=torch.cfloat), torch.ones(2, 2, dtype=torch.complex128))
print(torch.full((2,), 1 + 1j), torch.full((3,), 2.0, dtype=torch.cfloat), torch.zeros_like(x), torch.ones_like(x))
print(torch.eye(2, dtype=torch.cfloat), torch.empty(3, dtype=torch.cdouble).shape)
print(x.type(), x.tolist(), x[0].item(), complex(x[1]))
print(torch.as_tensor([1j]), x.new_zeros(2), x.new_tensor([1, 2]))
try:
    torch.tensor([1 + 2j], dtype=torch.float32)
except TypeError as e:
    print("TypeError:", e)
try:
    torch.arange(3, dtype=torch.cfloat)
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    float(x[0])
except RuntimeError as e:
    print("RuntimeError:", e)
torch.set_default_dtype(torch.float64)
print(torch.tensor([1 + 2j]).dtype, torch.tensor([1 + 2j]), torch.tensor([1j], dtype=torch.complex64))
