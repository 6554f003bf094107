# CNNs explained: the output-size formula
import torch
import torch.nn as nn

def out_size(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1

x = torch.zeros(1, 1, 28, 28)
for k, s, p, d in [(3, 1, 0, 1), (3, 1, 1, 1), (5, 2, 2, 1), (3, 2, 0, 2)]:
    conv = nn.Conv2d(1, 1, k, stride=s, padding=p, dilation=d)
    print(f"k={k} s={s} p={p} d={d}: formula={out_size(28, k, s, p, d)} actual={conv(x).shape[-1]}")
print(nn.Conv2d(1, 2, 3, padding="same")(x).shape)
try:
    nn.Conv2d(1, 2, 3, stride=2, padding="same")
except ValueError as e:
    print(e)
