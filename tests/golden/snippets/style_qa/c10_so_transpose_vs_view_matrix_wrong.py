# Q: I used view instead of transpose to swap axes and my results are silently scrambled.
import torch

x = torch.arange(6).view(2, 3)
print(x)
print(x.view(3, 2))
print(x.t())
print(x.transpose(0, 1).contiguous().view(-1), x.view(-1))
print(torch.equal(x.view(3, 2), x.t()))
img = torch.arange(24).view(2, 3, 4)
hwc_wrong = img.view(3, 4, 2)
hwc_right = img.permute(1, 2, 0)
print(hwc_wrong[0, 0], hwc_right[0, 0])
print(hwc_right.is_contiguous(), hwc_right.stride(), hwc_right.contiguous().stride())
print(img.movedim(0, -1).shape, torch.equal(img.movedim(0, -1), hwc_right))
print(x.T.shape, x.mT.shape, x.H.shape if hasattr(x, "H") else None)
