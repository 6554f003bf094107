# Misspelt keywords in the functional max pools
import torch
import torch.nn.functional as F

x = torch.randn(1, 1, 4, 4)
print(F.max_pool2d)
attempts = {
    "kernel for kernel_size": lambda: F.max_pool2d(x, kernel=2),
    "no kernel size": lambda: F.max_pool2d(x),
    "with indices, typo": lambda: F.max_pool2d(x, 2, return_indices=True, strides=2),
    "every argument by position": lambda: F.max_pool2d(x, 2, 2, 0, 1, False, True, 5),
    "1-d pool": lambda: F.max_pool1d(x[0], kernel=2),
    "adaptive size": lambda: F.adaptive_max_pool2d(x, size=1),
    "adaptive with indices": lambda: F.adaptive_max_pool1d(x[0], 1, True, foo=1),
    "3-d pool": lambda: F.max_pool3d(x.unsqueeze(0), kernel=2),
}
for name, attempt in attempts.items():
    try:
        attempt()
    except TypeError as e:
        print(f"{name}: {e}")
print(F.max_pool2d(x, 2).shape, F.max_pool2d(x, 2, return_indices=True)[1].shape)
