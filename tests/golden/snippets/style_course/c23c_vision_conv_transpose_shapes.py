# ConvTranspose2d output size formula including output_padding.
import torch
import torch.nn as nn

def tout(n, k, s, p, op=0, d=1):
    return (n - 1) * s - 2 * p + d * (k - 1) + op + 1

x = torch.zeros(1, 2, 5, 5)
for k, s, p, op in [(2, 2, 0, 0), (3, 2, 1, 1), (4, 2, 1, 0), (3, 1, 1, 0)]:
    up = nn.ConvTranspose2d(2, 3, k, stride=s, padding=p, output_padding=op)
    print(k, s, p, op, tuple(up(x).shape), tout(5, k, s, p, op))
up = nn.ConvTranspose2d(2, 3, 3, stride=2, padding=1)
print(up(x, output_size=[10, 10]).shape)
print(up.weight.shape)
try:
    nn.ConvTranspose2d(2, 3, 3, stride=2, output_padding=2)(x)
except RuntimeError as e:
    print("RuntimeError:", e)
