# torch.stft with a Hann window: shapes, the graph PyTorch records, rounded magnitudes, its checks
import torch

torch.manual_seed(0)
x = torch.randn(32, requires_grad=True)
window = torch.hann_window(16)
spec = torch.stft(x, n_fft=16, hop_length=4, window=window, return_complex=True)
print(spec.shape, spec.dtype)
node, names = spec.grad_fn, []
while node is not None and node.next_functions:
    names.append(type(node).__name__)
    node = node.next_functions[0][0]
print(names)
print(spec.abs()[:3].round(decimals=3))
print(torch.stft(x, 16, window=window, return_complex=True, center=False).shape)
print(torch.stft(x, 16, hop_length=8, win_length=8, window=torch.hann_window(8), return_complex=True).shape)
print(torch.stft(x, 8, window=torch.hann_window(8), return_complex=True, onesided=False, normalized=True).shape)
print(x.detach().view(2, 16).stft(8, window=torch.hann_window(8), return_complex=True).shape)
power = spec.abs().square().sum()
power.backward()
print(x.grad[:6].round(decimals=3))
for call in (lambda: torch.stft(x, 16), lambda: torch.stft(x, 64, return_complex=True),
             lambda: torch.stft(x, 16, window=torch.ones(8), return_complex=True)):
    try:
        call()
    except RuntimeError as e:
        print(type(e).__name__, e)
x64 = torch.randn(20, dtype=torch.float64, requires_grad=True)
w64 = torch.hann_window(8, dtype=torch.float64)
print(torch.autograd.gradcheck(lambda s: torch.stft(s, 8, window=w64, return_complex=True), (x64,)))
