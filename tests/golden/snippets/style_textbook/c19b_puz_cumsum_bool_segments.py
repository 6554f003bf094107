# Puzzle: segment ids from a "new segment starts" mask
import torch

starts = torch.tensor([True, False, False, True, False, True, True])
seg = starts.cumsum(0) - 1
print(seg, seg.dtype)
vals = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0])
sums = torch.zeros(int(seg.max()) + 1).index_add(0, seg, vals)
print(sums)
print(torch.bincount(seg), torch.bincount(seg, weights=vals))
print(sums / torch.bincount(seg))
