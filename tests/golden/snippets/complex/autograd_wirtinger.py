# Gradients of a real loss with respect to complex leaves (PyTorch's conjugate Wirtinger convention).
import torch

a = torch.tensor([1.0 + 1.0j, 2.0 - 1.0j], requires_grad=True)
loss = (a.abs() ** 2).sum()
loss.backward()
print(loss, a.grad)
z = torch.tensor([1 + 2j, -0.5 + 0.25j, 3j], requires_grad=True)
for name, f in [("abs", lambda z: z.abs().sum()), ("real", lambda z: z.real.sum()),
                ("imag", lambda z: (z.imag * 2).sum()), ("angle", lambda z: z.angle().sum()),
                ("z*conj(z)", lambda z: (z * z.conj()).real.sum()), ("|z*z|", lambda z: (z * z).abs().sum()),
                ("z**2", lambda z: (z ** 2).real.sum()), ("div", lambda z: (z / (z + 2)).abs().sum()),
                ("view_as_real", lambda z: torch.view_as_real(z).pow(2).sum()), ("mean", lambda z: z.mean().abs()),
                ("sum", lambda z: z.sum().real), ("sgn", lambda z: z.sgn().real.sum()),
                ("times real", lambda z: (z * torch.tensor([1.0, 2.0, 3.0])).imag.sum()),
                ("plus real", lambda z: (z + torch.tensor([1.0, 2.0, 3.0])).abs().sum()),
                ("dot", lambda z: torch.dot(z, z.conj()).real), ("vdot", lambda z: torch.vdot(z, z).real)]:
    z.grad = None
    out = f(z)
    out.backward()
    print(name, out, z.grad)
y = z.conj()
print(y.grad_fn, z.real.grad_fn, z.imag.grad_fn, torch.view_as_real(z).grad_fn, z.abs().grad_fn, z.angle().grad_fn)
print(z.real.grad_fn.next_functions, (z * 2).grad_fn, (z + 1).grad_fn, z.sum().grad_fn, (z @ z).grad_fn)
