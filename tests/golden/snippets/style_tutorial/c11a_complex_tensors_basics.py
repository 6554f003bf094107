# Complex numbers tutorial: creating complex tensors, view_as_real, abs/angle, and a simple gradient.
import torch

x = torch.randn(2, 2, dtype=torch.cfloat)
print(x.dtype, x.shape)
y = torch.tensor([[1 + 2j, 3 - 1j], [0.5j, -2 + 0j]])
print(y)
print(y.real, y.imag)
print(y.abs(), y.angle())
print(torch.view_as_real(y))
z = torch.complex(torch.tensor([1.0, 2.0]), torch.tensor([3.0, -4.0]))
print(z, z.conj(), z.abs())
print(torch.polar(torch.tensor([2.0]), torch.tensor([0.5])))
print(y @ y, y * 2, y.sum())
print(torch.view_as_complex(torch.tensor([[1.0, 2.0], [3.0, 4.0]])))
a = torch.tensor([1.0 + 1.0j, 2.0 - 1.0j], requires_grad=True)
loss = (a.abs() ** 2).sum()
loss.backward()
print(loss, a.grad)
