# channels_last keeps the shape and changes the strides.
import torch

img = torch.arange(2 * 3 * 2 * 2, dtype=torch.float32).reshape(2, 3, 2, 2)
cl = img.contiguous(memory_format=torch.channels_last)
print(img.stride(), cl.stride())
print(cl.is_contiguous(), cl.is_contiguous(memory_format=torch.channels_last))
print(torch.equal(img, cl), cl.shape)
print(cl.flatten()[:6])
