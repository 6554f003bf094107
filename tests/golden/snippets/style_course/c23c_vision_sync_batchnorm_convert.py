# Converting a model's BatchNorm layers to SyncBatchNorm; single-process forward is plain batch norm.
import torch
import torch.nn as nn

torch.manual_seed(0)
net = nn.Sequential(nn.Conv2d(1, 2, 1), nn.BatchNorm2d(2, momentum=0.5), nn.Sequential(nn.BatchNorm1d(3, affine=False)))
net[1].eval()
conv = nn.SyncBatchNorm.convert_sync_batchnorm(net)
print(conv)
print(conv[1].training, conv[1].weight is net[1].weight, conv[1].running_mean is net[1].running_mean)
sbn = nn.SyncBatchNorm(2, momentum=None)
x = torch.arange(8, dtype=torch.float32).reshape(2, 2, 2)
print(sbn(x))
print(sbn.running_mean, sbn.running_var, sbn.num_batches_tracked, sbn.process_group)
for bad in [torch.zeros(3), torch.zeros(2, 0, 2)]:
    try:
        sbn(bad)
    except ValueError as e:
        print("ValueError:", e)
print(isinstance(sbn, nn.modules.batchnorm._BatchNorm), type(sbn).__module__)
