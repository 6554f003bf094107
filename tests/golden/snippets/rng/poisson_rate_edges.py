# torch.poisson at the edges of its rates: tiny, just below and at 10, huge (past what an int64
# holds) and infinite; the random stream continues after each.
import torch

torch.manual_seed(11)
print(torch.poisson(torch.tensor([1e-30, 9.999999, 10.0, 10.000001], dtype=torch.float64)))
print(torch.poisson(torch.tensor([1e12, 1e18, 1e19, 1e30, float("inf")], dtype=torch.float64)).tolist())
print(torch.poisson(torch.tensor([3e38, float("inf"), 2.0])))
print(torch.rand(2))
print(torch.poisson(torch.full((2, 2), 1e-8, dtype=torch.float16)), torch.rand(1))
rates = torch.tensor([10.0 ** (k / 8) for k in range(120, 310)], dtype=torch.float64)
samples = torch.poisson(rates)
print((samples < 0).sum(), samples[:12].tolist(), torch.rand(2))
