# Why the (5/3)/sqrt(fan_in) gain: std of pre-activations with and without it.
import torch

torch.manual_seed(1)
x = torch.randn(1000, 10)
w = torch.randn(10, 200)
y = x @ w
print(f'{x.mean():.4f} {x.std():.4f}')
print(f'{y.std():.2f}')
w = torch.randn(10, 200) / 10 ** 0.5
print(f'{(x @ w).std():.2f}')
gain = 5 / 3
w = torch.randn(10, 200) * gain / 10 ** 0.5
h = torch.tanh(x @ w)
print(f'{h.std():.3f}', f'{(h.abs() > 0.97).float().mean().item():.3f}')
print(torch.nn.init.calculate_gain('tanh'), torch.nn.init.calculate_gain('relu'))
