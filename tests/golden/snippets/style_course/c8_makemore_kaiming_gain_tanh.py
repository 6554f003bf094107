# Kaiming init for tanh layers: (5/3) / sqrt(fan_in), nn.init's gain and the std of pre-activations.
import torch

g = torch.Generator().manual_seed(2147483647)
n_embd, block_size, n_hidden = 10, 3, 200
fan_in = n_embd * block_size
x = torch.randn(1000, fan_in, generator=g)
W_plain = torch.randn((fan_in, n_hidden), generator=g)
W_kaiming = torch.randn((fan_in, n_hidden), generator=g) * (5 / 3) / (fan_in ** 0.5)
for name, W in [('plain', W_plain), ('kaiming', W_kaiming)]:
    h = x @ W
    t = torch.tanh(h)
    print(f'{name:8s} std {h.std().item():.2f} saturated {(t.abs() > 0.99).float().mean().item():.3f}')
print(torch.nn.init.calculate_gain('tanh'), (5 / 3) / fan_in ** 0.5)
w = torch.empty(n_hidden, fan_in)
torch.nn.init.kaiming_normal_(w, nonlinearity='tanh', generator=g)
print(round(w.std().item(), 3))
print(torch.randn(10000, generator=g).std().round(decimals=2))
print((torch.randn(10000, generator=g) * 0.2).std().round(decimals=2))
