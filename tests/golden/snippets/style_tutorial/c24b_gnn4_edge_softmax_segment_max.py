# edge softmax per destination using segment_reduce on dst-sorted edges
import torch

dst = torch.tensor([0, 0, 1, 1, 1, 2])
e = torch.tensor([1.0, 3.0, 0.0, 0.5, 2.0, -1.0])
lengths = torch.bincount(dst)
mx = torch.segment_reduce(e, "max", lengths=lengths)
ex = (e - mx.repeat_interleave(lengths)).exp()
den = torch.segment_reduce(ex, "sum", lengths=lengths)
alpha = ex / den.repeat_interleave(lengths)
print(alpha)
print(torch.segment_reduce(alpha, "sum", lengths=lengths))
