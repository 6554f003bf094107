# BatchNorm with momentum=None keeps a cumulative average; track_running_stats=False keeps none.
import torch
import torch.nn as nn

torch.manual_seed(0)
batches = [torch.randn(16, 2) * s + s for s in (1.0, 2.0, 3.0)]
bn_default = nn.BatchNorm1d(2)
bn_cumulative = nn.BatchNorm1d(2, momentum=None)
bn_none = nn.BatchNorm1d(2, track_running_stats=False)
print(bn_cumulative)
print(bn_none)
for b in batches:
    bn_default(b)
    bn_cumulative(b)
    bn_none(b)
print(bn_default.running_mean, bn_default.num_batches_tracked)
print(bn_cumulative.running_mean, bn_cumulative.num_batches_tracked)
print(torch.stack([b.mean(0) for b in batches]).mean(0))
print(bn_none.running_mean, bn_none.running_var)
print(list(bn_none.state_dict().keys()))
bn_none.eval()
out = bn_none(batches[0][:4])
print(out.mean(0), out.var(0, unbiased=False))
bn_cumulative.eval()
print(bn_cumulative(torch.zeros(1, 2)))
bn_default.reset_running_stats()
print(bn_default.running_var, bn_default.num_batches_tracked)
aff = nn.BatchNorm1d(3, affine=False)
print(list(aff.parameters()), aff.weight)
