# BatchNorm's state_dict: buffers vs parameters, reset_running_stats, num_batches_tracked.
import torch
import torch.nn as nn

bn = nn.BatchNorm2d(2)
bn(torch.arange(16.0).reshape(2, 2, 2, 2))
print(list(bn.state_dict().keys()))
print(bn.state_dict()["num_batches_tracked"], bn.running_mean)
bn.reset_running_stats()
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
sd = {k: v for k, v in bn.state_dict().items() if k != "num_batches_tracked"}
print(bn.load_state_dict(sd, strict=False))
