# Convolution output shapes with stride, padding (including "same"), dilation and groups.
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(1, 4, 11, 11)
configs = [dict(kernel_size=3), dict(kernel_size=3, padding=1), dict(kernel_size=3, stride=2),
           dict(kernel_size=5, padding="same"), dict(kernel_size=3, dilation=2),
           dict(kernel_size=3, padding="valid"), dict(kernel_size=(3, 1), stride=(1, 2)),
           dict(kernel_size=3, groups=2), dict(kernel_size=1, groups=4)]
for cfg in configs:
    conv = nn.Conv2d(4, 8 if cfg.get("groups", 1) != 4 else 4, **cfg)
    print(cfg, tuple(conv(x).shape), conv.weight.shape)

def out_size(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1

print(out_size(11, 3, 2), out_size(11, 3, d=2), out_size(11, 3, 1, 1))
try:
    nn.Conv2d(4, 8, 3, stride=2, padding="same")
except ValueError as e:
    print("ValueError:", e)
conv = nn.Conv2d(4, 2, 3, padding=1, padding_mode="reflect")
print(conv, conv(x).shape)
print(nn.Conv1d(3, 6, 4, stride=2)(torch.randn(2, 3, 20)).shape)
