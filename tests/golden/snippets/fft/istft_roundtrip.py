# torch.istft inverts torch.stft: shapes, the graph, values rounded, length=, its refusals and warnings
import torch
torch.manual_seed(0)
x = torch.randn(40, requires_grad=True)
w = torch.hann_window(16)
s = torch.stft(x, 16, hop_length=4, window=w, return_complex=True)
y = torch.istft(s, 16, hop_length=4, window=w, length=40)
print(y.shape, y.dtype, (y - x).abs().max() < 1e-5)
g = y.grad_fn; names = []
while g is not None and g.next_functions:
    names.append(type(g).__name__); g = g.next_functions[0][0]
print(names)
print(y[:6].round(decimals=3))
y.sum().backward(); print(x.grad[:6].round(decimals=3))
print(torch.istft(s.detach(), 16, hop_length=4, window=w).shape)
print(torch.istft(s.detach(), 16, hop_length=4, window=w, length=50).shape)
print(torch.istft(torch.stft(x.detach(), 16, window=w, return_complex=True, onesided=False), 16, window=w, return_complex=True).dtype)
print(s.istft(16, hop_length=4, window=w).shape)
for call in (lambda: torch.istft(s.real, 16), lambda: torch.istft(s, 16, hop_length=4),
             lambda: torch.istft(s, 12, window=w), lambda: torch.istft(s, 16, window=torch.ones(8)),
             lambda: torch.istft(s, 16, hop_length=4, window=w, return_complex=True),
             lambda: torch.istft(s[:, :1], 16, window=w)):
    try:
        r = call(); print(r.shape)
    except RuntimeError as e:
        print(type(e).__name__, e)
