# float32 sinh and cosh: SLEEF's kernels on whole vector blocks, the C library's sinhf/coshf on the
# rest of each run; tolist() shows every bit.
import torch

torch.manual_seed(0)
x = torch.randn(50) * 4
print(torch.sinh(x).tolist())
print(torch.cosh(x).tolist())
print(x.view(5, 10).t().sinh().tolist())
print(torch.sinh(torch.tensor([0.0, -0.0, 89.5, -89.5, float("nan")])), torch.cosh(torch.tensor([88.0, 90.0])))
