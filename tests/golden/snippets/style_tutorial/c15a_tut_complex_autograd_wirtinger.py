# Autograd mechanics, complex numbers: the gradient of a real loss w.r.t. a complex leaf (conjugate Wirtinger)
import torch

torch.manual_seed(0)
z = torch.randn(3, dtype=torch.cfloat, requires_grad=True)
print(z.dtype, z.is_complex())
loss = (z * z.conj()).real.sum()
loss.backward()
print(loss)
print(z.grad)
print(torch.allclose(z.grad, 2 * z.detach()))
z.grad = None
w = torch.tensor([1 + 2j, -0.5j], requires_grad=True)
(w.abs() ** 2).sum().backward()
print(w.grad, w.grad.dtype)
print(torch.view_as_real(w.detach()))
