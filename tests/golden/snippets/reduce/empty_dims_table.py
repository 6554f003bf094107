# Reductions and softmax-like ops over empty dims, float32 and float64: values or PyTorch's errors.
import torch
import torch.nn.functional as F

ops = {
    "sum": lambda x, d: x.sum(d), "mean": lambda x, d: x.mean(d), "amax": lambda x, d: x.amax(d),
    "max": lambda x, d: x.max(d).values, "argmin": lambda x, d: x.argmin(d), "prod": lambda x, d: x.prod(d),
    "logsumexp": lambda x, d: x.logsumexp(d), "softmax": lambda x, d: x.softmax(d),
    "log_softmax": lambda x, d: F.log_softmax(x, d), "cumsum": lambda x, d: x.cumsum(d), "var": lambda x, d: x.var(d),
    "norm": lambda x, d: x.norm(dim=d), "inf_norm": lambda x, d: x.norm(p=float("inf"), dim=d),
    "neg_norm": lambda x, d: torch.linalg.vector_norm(x, ord=-1, dim=d), "median": lambda x, d: x.median(d).values,
    "nanmedian": lambda x, d: x.nanmedian(d).values, "aminmax": lambda x, d: x.aminmax(dim=d).max,
    "var_mean": lambda x, d: torch.var_mean(x, d, correction=0)[1], "unique": lambda x, d: torch.unique(x, dim=d),
}
for dtype in (torch.float32, torch.float64):
    for shape, dims in (((2, 0), (1, -1, 0)), ((0, 3), (-2, 1))):
        x = torch.zeros(shape, dtype=dtype)
        for name, f in ops.items():
            for d in dims:
                try:
                    print(dtype, shape, name, d, f(x, d))
                except (RuntimeError, IndexError) as e:
                    print(dtype, shape, name, d, type(e).__name__, e)
e = torch.zeros(2, 0)
print(e.add_(1), torch.zeros(0, 3).cumsum_(0), torch.zeros(0).exp_())
print(F.layer_norm(e, (0,)), F.cross_entropy(e.T, torch.zeros(0, dtype=torch.long)))
print(e.amin((0, -1)).shape)  # ends in amin's error, naming the dim as given
