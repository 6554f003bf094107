# Image tensors as uint8: arithmetic wraps around, so convert to float before normalising
import torch

img = torch.tensor([[0, 100, 200], [250, 255, 30]], dtype=torch.uint8)
print(img + 10)
print(img * 2, (img - 50).dtype)
print(img / 255)
print((img.float() - 127.5) / 127.5)
print(img.to(torch.float32).mean(), img.sum(), img.sum().dtype)
try:
    img.mean()
except RuntimeError as e:
    print("RuntimeError:", e)
print(img.max(), img.argmax(), (img > 128).sum().item())
