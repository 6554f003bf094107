# Keyword slips in torch.nn.functional calls written from memory
import torch
import torch.nn.functional as F

torch.manual_seed(0)
images = torch.randn(1, 1, 4, 4)
kernel = torch.randn(2, 1, 3, 3)
attempts = {
    "conv2d stride typo": lambda: F.conv2d(images, kernel, strides=1),
    "conv2d no weight": lambda: F.conv2d(images, padding=1),
    "conv1d kernel_size": lambda: F.conv1d(images[0], kernel_size=3),
    "avg_pool2d size": lambda: F.avg_pool2d(images, size=2),
    "pixel_shuffle factor": lambda: F.pixel_shuffle(images, factor=2),
    "linear bias only": lambda: F.linear(images, bias=None),
    "torch.conv2d": lambda: torch.conv2d(images, kernel, pad=1),
}
for name, attempt in attempts.items():
    try:
        attempt()
        print(name, "ran")
    except TypeError as e:
        print(f"{name}: {e}")
