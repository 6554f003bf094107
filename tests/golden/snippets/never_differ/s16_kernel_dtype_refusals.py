# Kernels PyTorch has no version of for a dtype, and shapes or values it checks before computing.
import torch

x = torch.tensor([[1.5, -2.0, 3.0], [0.5, 4.0, -1.0]])
ints = torch.tensor([[1, -2, 3], [0, 4, -1]])
mask = x > 0
calls = ["torch.bernoulli(mask)", "torch.trapezoid(mask)", "torch.nextafter(ints, ints)",
         "torch.cross(x, ints, dim=1)", "torch.cross(mask, mask, dim=1)", "torch.mvlgamma(mask, 1)", "+mask",
         "mask ** mask", "True ** mask", "torch.repeat_interleave(x)", "torch.repeat_interleave(torch.tensor(3))",
         "torch.nanmean(x, dtype=torch.int64)", "torch.norm(ints, dtype=torch.float64)",
         "torch.norm(x, dtype=torch.int64)", "torch.tensor_split(x, torch.tensor(1.0))", "x.histc(2, 3)",
         "x.sum_to_size(0, 1)", "torch.FloatTensor(1.5)", "x.new(2.5)", "x.t().detach_()", "x[0].detach_()",
         "torch.unravel_index(2, 3)", "torch.broadcast_shapes([1.0, 2.0])", "torch.broadcast_shapes(torch.tensor(3))",
         "torch.searchsorted(torch.tensor(2.5), 0)", "x.is_pinned(1)"]
for call in calls:
    try:
        print(call, "->", eval(call))
    except (RuntimeError, NotImplementedError, TypeError, AttributeError) as e:
        print(call, "->", type(e).__name__, e)

print(mask ** True, 2 ** mask, x.detach().detach_().shape, x.sum_to_size(2, 1).shape)
print(torch.broadcast_shapes((1.0, 2)), torch.nanmean(x, dtype=torch.float64))
