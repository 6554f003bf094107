# conj() is a view: writes through it (and its views) reach the base and back; is_conj, numpy() refusal, grad-mode refusals.
import torch
z = torch.tensor([1+2j, 3-1j])
c = z.conj()
print(c.is_conj(), c)
c[0] = 5+5j
print(z, c)
c.add_(1)
print(z)
z[1] = 7j
print(c, c.is_conj(), c.resolve_conj().is_conj(), (c*1).is_conj(), c.clone().is_conj())
try: torch.view_as_real(c)
except Exception as e: print(type(e).__name__, e)
cc = c.conj()
print(cc.is_conj(), cc)
cc.mul_(2)
print(z, c)
v = z[0:1]
v.zero_()
print(z, c, cc)
w = z.conj(); print(w.mT.is_conj() if w.ndim >= 2 else w.unsqueeze(0).mT.is_conj(), w[0], w.reshape(2,1).is_conj())
try: print(c.numpy())
except Exception as e: print(type(e).__name__, e)
s = z[1:].conj()
s.fill_(1+1j)
print(z, c, s)
x = torch.tensor([1.0, 2.0])
print(x.conj() is x, x.conj().is_conj())
a = torch.randn(2, 2, dtype=torch.cfloat)
print(torch.equal(a.conj().conj(), a), a.conj().imag.is_conj() if False else '', (a.conj().imag == -a.imag).all())
z = torch.tensor([1+2j, 3-1j], requires_grad=True)
c = z.conj()
try:
    c.mul_(2)
except Exception as e:
    print(type(e).__name__, e)
print(z)
(c * c).sum().abs().backward()
print(z.grad)
a = torch.randn(3, dtype=torch.cdouble)
b = a.conj()
with torch.no_grad():
    b.add_(1)
print(torch.allclose(a, (b.resolve_conj()).conj()))
