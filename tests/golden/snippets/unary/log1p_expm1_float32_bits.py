# float32 log1p and expm1 are SLEEF's kernels in PyTorch, for every element and layout (not
# correctly rounded: about 1 in 150 log1p results differs from the exact value's rounding).
import torch

torch.manual_seed(0)
x = torch.rand(45) * 3
print(torch.log1p(x).tolist())
print(torch.expm1(x - 1.5).tolist())
m = torch.randn(5, 9)
print(m.t().abs().log1p().tolist())
print(m[:, ::2].expm1().tolist())
print(torch.log1p(torch.tensor([0.0, -0.0, -1.0, 1e-30, 3e38])), torch.expm1(torch.tensor([-0.0, -20.0, 88.0, 89.0])))
