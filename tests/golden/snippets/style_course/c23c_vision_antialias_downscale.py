# Downscaling by 4 with and without antialias: the aliasing difference on a checkerboard.
import torch
import torch.nn.functional as F

board = ((torch.arange(8)[:, None] + torch.arange(8)[None, :]) % 2).float().view(1, 1, 8, 8)
plain = F.interpolate(board, size=(2, 2), mode="bilinear", align_corners=False)
smooth = F.interpolate(board, size=(2, 2), mode="bilinear", align_corners=False, antialias=True)
print(plain[0, 0])
print(smooth[0, 0])
print(F.interpolate(board, size=(2, 2), mode="area")[0, 0])
