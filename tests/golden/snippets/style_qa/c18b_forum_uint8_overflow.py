# Q: my image pixel sum is wrong, 200 + 100 = 44??
import torch

pixels = torch.tensor([200, 100, 250], dtype=torch.uint8)
print(pixels + 100)
print(pixels.sum(), pixels.sum().dtype)
print(pixels * 2)
# fix: convert first
print(pixels.to(torch.int32) + 100)
print(pixels.float().mean())
