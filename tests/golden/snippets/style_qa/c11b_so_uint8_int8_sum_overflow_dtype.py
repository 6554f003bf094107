# Q: why does summing uint8 pixels give the right answer but adding them wraps? sum promotes to int64.
import torch

img = torch.tensor([[200, 100], [250, 30]], dtype=torch.uint8)
print(img.sum(), img.sum().dtype, img.sum(0), img.sum(1).dtype)
print(img + img, img * 2, (img.int() * 2))
print(img.float().mean(), img.to(torch.float32) / 255)
try:
    print(img.mean())
except RuntimeError as e:
    print("RuntimeError:", e)
i8 = torch.tensor([100, 120], dtype=torch.int8)
print(i8 + i8, i8.sum(), i8.cumsum(0), i8.cumsum(0).dtype)
print(img.prod(), img.max(), img.max().dtype, img.argmax())
print(torch.tensor([255], dtype=torch.uint8) + 1, torch.tensor([0], dtype=torch.uint8) - 1)
print(img.to(torch.int16).sum(dtype=torch.int16), torch.sum(img, dtype=torch.float64))
print(img.double().std(), img.bool(), img.clamp(50, 210))
