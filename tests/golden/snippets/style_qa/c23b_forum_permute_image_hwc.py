import torch

img = torch.arange(24).view(2, 3, 4)
hwc = img.permute(1, 2, 0)
print(hwc.shape, hwc.is_contiguous())
wrong = img.view(3, 4, 2)
print(torch.equal(wrong, hwc))
print(hwc[0, 0], wrong[0, 0])
try:
    img.permute(0, 1)
except Exception as e:
    print(type(e).__name__, e)
print(img.movedim(0, -1).shape, torch.equal(img.movedim(0, -1), hwc))
