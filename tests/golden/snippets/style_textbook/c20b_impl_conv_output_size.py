# output-size formula checked against nn.Conv2d for several settings
import torch
import torch.nn as nn

torch.manual_seed(88)
x = torch.randn(1, 1, 11, 11)
for k, s, p, d in [(3, 1, 0, 1), (3, 2, 1, 1), (5, 3, 2, 1), (3, 1, 2, 2), (4, 2, 1, 1)]:
    conv = nn.Conv2d(1, 1, k, stride=s, padding=p, dilation=d)
    formula = (11 + 2 * p - d * (k - 1) - 1) // s + 1
    print(k, s, p, d, formula, tuple(conv(x).shape[-2:]))
print(nn.Conv2d(1, 1, 12)(x).shape if False else "too big:")
nn.Conv2d(1, 1, 12)(x)
