import torch

img = torch.tensor([[0, 128, 255], [17, 64, 200]], dtype=torch.uint8)
print(img, img.dtype, img.element_size())
print(img.float() / 255)
print((img.float() / 255 * 255).round().to(torch.uint8))
print(img // 2, img % 7)
print(img.max(), img.sum(), img.sum().dtype)
print(img.to(torch.int8))
print(torch.tensor([1, 2, 3], dtype=torch.int16) * 1000 * 100)
print(img.mean(dtype=torch.float32))
print(torch.bincount(img.flatten() // 64))
print(img.bitwise_and(15))
print(img.numpy().dtype)
