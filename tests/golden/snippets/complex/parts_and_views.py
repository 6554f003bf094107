# real, imag, abs, angle, conj and the real views of a complex tensor.
import torch
import math

x = torch.tensor([1 + 2j, 3 - 4j])
d = torch.tensor([1.5 - 0.25j, -2 + 1j], dtype=torch.complex128)
print(x.real, x.imag, x.abs(), x.angle(), torch.abs(d), torch.angle(d), x.sgn())
print(torch.real(d), x.real.dtype, d.imag.dtype, torch.angle(torch.tensor([-2.0, 0.0, 3.0])))
c = x.conj()
print(c, c.is_conj(), torch.is_conj(c), x.is_conj(), c.resolve_conj(), c.resolve_conj().is_conj(), c.imag)
print(x.conj_physical(), torch.tensor([1.0, 2.0]).conj())
print(torch.view_as_real(x), torch.view_as_real(d))
print(torch.view_as_complex(torch.tensor([[1.0, 2.0], [3.0, 4.0]])), torch.view_as_complex(torch.tensor([1.0, 2.0])))
y = torch.tensor([[1 + 2j, 3 - 1j], [0.5j, -2 + 0j]])
print(y.t(), y.T, y.mT, y.mH, y.H)
print(y.reshape(4), y.flatten(), y.view(4), y[:, 0], y[1], torch.cat([x, x]), torch.stack([x, x]))
print(x.flip(0), x.repeat(2), x.expand(2, 2), torch.where(torch.tensor([True, False]), x, 0))
print(torch.complex(torch.tensor([1.0, 2.0]), torch.tensor([3.0, -4.0])))
print(torch.polar(torch.tensor([2.0]), torch.tensor([0.5])))
print(torch.polar(torch.tensor([1.0, 2.0], dtype=torch.float64), torch.tensor([math.pi / 2, math.pi], dtype=torch.float64)))
for bad in [lambda: torch.view_as_real(torch.tensor([1.0])), lambda: torch.view_as_real(x.conj()),
            lambda: torch.view_as_complex(torch.tensor([[1.0, 2.0, 3.0]])),
            lambda: torch.view_as_complex(torch.tensor([[1, 2]])),
            lambda: torch.complex(torch.tensor([1.0]), torch.tensor([1.0], dtype=torch.float64)),
            lambda: torch.complex(torch.tensor([1]), torch.tensor([1])),
            lambda: torch.imag(torch.tensor([1.0]))]:
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
