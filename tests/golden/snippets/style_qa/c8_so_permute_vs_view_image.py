# Q: converting an HWC image to CHW with .view() scrambles the pixels: use permute.
import torch

H, W, C = 2, 3, 3
img = torch.arange(H * W * C).view(H, W, C)
print(img[:, :, 0])
wrong = img.view(C, H, W)
right = img.permute(2, 0, 1)
print(wrong[0])
print(right[0])
print(right.shape, right.is_contiguous(), right.contiguous().is_contiguous())
batch = torch.stack([img, img + 100]).permute(0, 3, 1, 2)
print(batch.shape, batch.stride())
back = batch.permute(0, 2, 3, 1)
print(torch.equal(back[0], img))
print(img.movedim(-1, 0).equal(right))
try:
    img.permute(2, 0)
except RuntimeError as e:
    print("RuntimeError:", e)
print(img.flatten(0, 1).shape, img.transpose(0, 2).shape)
