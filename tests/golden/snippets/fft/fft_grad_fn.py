# The nodes torch.fft records: its three ATen ops, the crop/pad before them, the conjugate after
import torch

x = torch.randn(8, requires_grad=True)
c = torch.randn(8, dtype=torch.complex64, requires_grad=True)
h = torch.randn(9, dtype=torch.complex64, requires_grad=True)
m = torch.randn(2, 4, requires_grad=True)


def show(name, r):
    g = r.grad_fn
    saved = {a: getattr(g, a) for a in dir(g) if a.startswith("_saved_") and a != "_saved_self"}
    print(name, r.dtype, tuple(r.shape), type(g).__name__, [type(n).__name__ for n, _ in g.next_functions], saved)


show("fft real", torch.fft.fft(x))
show("fft complex", torch.fft.fft(c, norm="ortho"))
show("ifft real", torch.fft.ifft(x))
show("rfft", torch.fft.rfft(x))
show("rfft n", torch.fft.rfft(x, n=16))
show("irfft", torch.fft.irfft(h))
show("irfft n", torch.fft.irfft(c, n=4))
show("hfft", torch.fft.hfft(h))
show("ihfft", torch.fft.ihfft(x))
show("fftn real", torch.fft.fftn(m))
show("ifft2", torch.fft.ifft2(m))
show("fft crop", torch.fft.fft(c, 4))
print(torch.fft.rfft(x).grad_fn._saved_self is x)
