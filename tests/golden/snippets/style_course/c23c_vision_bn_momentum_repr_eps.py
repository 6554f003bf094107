# BatchNorm2d constructor arguments and the repr they produce.
import torch.nn as nn

print(nn.BatchNorm2d(8, eps=1e-3, momentum=0.01))
print(nn.BatchNorm2d(8, affine=False, track_running_stats=False))
print(nn.BatchNorm1d(4, momentum=None))
print(nn.BatchNorm3d(2))
print(nn.SyncBatchNorm(4))
