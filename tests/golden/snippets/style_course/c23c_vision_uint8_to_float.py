# Images as uint8: conversion, division by 255, overflow of uint8 arithmetic, and clamping back.
import torch

img = torch.tensor([[0, 128, 255], [10, 200, 250]], dtype=torch.uint8)
print(img + 10)
print(img.float().div(255))
print((img.int() + 10).clamp(0, 255).to(torch.uint8))
print(img.to(torch.float32).mean(), img.sum(), img.max().item())
print((img / 2).dtype, (img // 2), img * 2)
