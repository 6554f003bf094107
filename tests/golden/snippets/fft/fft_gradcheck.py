# gradcheck and gradgradcheck through torch.fft, complex inputs and outputs included; a wrong
# complex gradient is caught on the imaginary part of the output first
import torch

torch.manual_seed(0)
x = torch.randn(8, dtype=torch.float64, requires_grad=True)
c = torch.randn(4, dtype=torch.complex128, requires_grad=True)
checks = {
    "fft": (torch.fft.fft, c), "ifft real": (torch.fft.ifft, x), "rfft": (lambda a: torch.fft.rfft(a, n=16), x),
    "irfft": (lambda a: torch.fft.irfft(a, n=8), c), "hfft": (lambda a: torch.fft.hfft(a, n=8), c), "ihfft": (torch.fft.ihfft, x),
    "fft2": (lambda a: torch.fft.fft2(a.view(2, 2), norm="forward"), c),
}
for name, (f, leaf) in checks.items():
    print(name, torch.autograd.gradcheck(f, (leaf,)), torch.autograd.gradgradcheck(f, (leaf,)))


class WrongConj(torch.autograd.Function):
    @staticmethod
    def forward(ctx, z):
        return z * 2j

    @staticmethod
    def backward(ctx, grad):
        return grad * 2j  # should be grad * conj(2j)


try:
    torch.autograd.gradcheck(WrongConj.apply, (c,))
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
