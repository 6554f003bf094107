# keywords from older code: refused where PyTorch 2.13 refuses them, renamed where it still takes them
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import Sampler
class EvenSampler(Sampler):
    def __init__(self, data_source):
        super().__init__(data_source)  # the 1.x way
        self.data_source = data_source
    def __iter__(self):
        return iter(range(0, len(self.data_source), 2))
try:
    EvenSampler([1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
class NewSampler(Sampler):
    def __init__(self, n):
        super().__init__()
        self.n = n
    def __iter__(self):
        return iter(range(self.n))
print(list(NewSampler(3)))
for call in (lambda: F.rrelu(torch.ones(2), generator=None), lambda: F.rrelu_(torch.ones(2), generator=None),
             lambda: F.upsample(torch.ones(1, 1, 2), scale_factor=2, recompute_scale_factor=True)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(nn.Hardtanh(min_value=-2.0), nn.Hardtanh(max_value=3.0)(torch.tensor([-5.0, 5.0])))
m = nn.LazyBatchNorm1d(bias=False)
print(m.bias, m(torch.randn(4, 3)).shape, m, m.bias)
