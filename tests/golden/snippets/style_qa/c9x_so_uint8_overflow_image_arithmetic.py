# Q: adding brightness to an image tensor gives strange values: uint8 wraps around; convert first.
import torch

img = torch.tensor([[10, 200, 250], [0, 128, 255]], dtype=torch.uint8)
print(img + 10)
print(img * 2)
print(img - 20)
print((img.int() + 10).clamp(0, 255).to(torch.uint8))
print(img.float() / 255)
print((img / 255).dtype, (img // 2).dtype)
print(img.sum(), img.sum().dtype, img.float().mean())
print(img.max(), img.argmax())
x = torch.tensor([250], dtype=torch.uint8)
x += 10
print(x)
print(torch.tensor([-1]).to(torch.uint8))
print(torch.iinfo(torch.uint8), torch.iinfo(torch.int8).min)
try:
    img.mean()
except RuntimeError as e:
    print("RuntimeError:", e)
