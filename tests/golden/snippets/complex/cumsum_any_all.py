# Complex cumsum (accumulated in complex128 for complex64, as ATen), its gradient, any/all of complex tensors.
import torch
torch.manual_seed(0)
z = torch.randn(1000, dtype=torch.cfloat)
c = z.cumsum(0)
print(c[-3:], c.dtype)
zd = torch.randn(3, 4, dtype=torch.cdouble, requires_grad=True)
cd = zd.cumsum(1)
print(cd)
cd.abs().sum().backward()
print(zd.grad)
print(torch.tensor([0j, 1j]).all(), torch.tensor([0j, 1j]).any(), torch.tensor([[0j, 1j], [2, 3]]).all(1))
print(torch.cumsum(torch.tensor([1+1j, 2-1j], dtype=torch.cfloat), 0, dtype=torch.cdouble))
