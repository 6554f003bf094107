# float32 x ** 1.5 (and other exponents ATen does not special-case): SLEEF's powf with the exponent
# rounded to float on whole vector blocks, pow in double on the rest of each run.
import torch

torch.manual_seed(0)
x = torch.rand(70) * 5
for p in (1.5, 1.7, -1.3, 4.0, 0.3):
    print(p, (x ** p).tolist())
print((x.view(7, 10).t() ** 2.5).tolist())
w = torch.randn(40, requires_grad=True)
(w.abs() ** 1.5).sum().backward()
print(w.grad.tolist())
