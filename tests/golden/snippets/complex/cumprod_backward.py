import torch

z = torch.tensor([1 + 2j, -0.5 + 1j, 2 - 1j, 0.75 + 0.25j], requires_grad=True)
prods = z.cumprod(0)
print(prods, prods.grad_fn)
loss = prods.abs().sum()
loss.backward()
print(z.grad)
z.grad = None
with_zero = torch.cat([z[:2], torch.zeros(1, dtype=torch.complex64), z[3:]])
(with_zero.cumprod(0) * (1 - 2j)).real.sum().backward()
print(z.grad)
m = torch.randn(3, 4, dtype=torch.complex128, requires_grad=True)
m.cumprod(dim=-1).abs().pow(2).sum().backward()
print(m.grad.shape, m.grad.dtype, m.grad[0])
