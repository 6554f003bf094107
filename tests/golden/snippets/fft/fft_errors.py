# torch.fft's refusals, in PyTorch's words
import torch

x = torch.randn(8)
c = torch.randn(8, dtype=torch.complex64)
calls = {
    "n=0": lambda: torch.fft.fft(x, 0), "n=-2": lambda: torch.fft.rfft(x, -2),
    "dim": lambda: torch.fft.fft(x, dim=1), "norm": lambda: torch.fft.fft(x, norm="unitary"),
    "rfft complex": lambda: torch.fft.rfft(c), "ihfft complex": lambda: torch.fft.ihfft(c),
    "irfft one": lambda: torch.fft.irfft(c[:1]), "fft2 1-D": lambda: torch.fft.fft2(x),
    "dup dims": lambda: torch.fft.fftn(x.view(2, 4), dim=(0, 0)),
    "s and dim": lambda: torch.fft.fftn(x.view(2, 4), s=(2,), dim=(0, 1)),
    "s too long": lambda: torch.fft.fftn(x, s=(2, 2)), "rfftn no dim": lambda: torch.fft.rfftn(x, dim=()),
    "0-d": lambda: torch.fft.fft(torch.tensor(1.0)), "empty": lambda: torch.fft.fft(torch.zeros(0)),
    "fftfreq int": lambda: torch.fft.fftfreq(4, dtype=torch.int64),
    "rfftfreq int": lambda: torch.fft.rfftfreq(4, dtype=torch.int32),
    "fftfreq -1": lambda: torch.fft.fftfreq(-1),
    "list": lambda: torch.fft.fft([1.0, 2.0]), "n float": lambda: torch.fft.fft(x, 4.0),
    "keyword": lambda: torch.fft.fft(x, bad=1), "shift dim": lambda: torch.fft.fftshift(x, dim=5),
}
for name, call in calls.items():
    try:
        call()
        print(name, "no error")
    except Exception as e:
        print(name, "|", type(e).__name__, e)
