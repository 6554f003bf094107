# Q: flattening image channels after permute
import torch

imgs = torch.arange(2 * 3 * 2 * 2, dtype=torch.float32).reshape(2, 3, 2, 2)
hwc = imgs.permute(0, 2, 3, 1)
print(hwc.shape, hwc.stride())
try:
    hwc.view(2, -1)
except RuntimeError as err:
    print(err)
print(hwc.flatten(1)[0])
print(torch.flatten(hwc, start_dim=1).is_contiguous())
print(hwc.reshape(-1, 3)[:3])
