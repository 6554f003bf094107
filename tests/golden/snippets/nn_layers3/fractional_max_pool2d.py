# nn.FractionalMaxPool2d: windows drawn from torch's RNG (or _random_samples), indices, gradients
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(2, 3, 9, 10, requires_grad=True)
pool = nn.FractionalMaxPool2d(3, output_ratio=0.5, return_indices=True)
y, idx = pool(x)
print(pool, y.shape, y.grad_fn, idx[0, 0])
print(torch.rand(2))  # the samples came from the global generator, before this
print(F.fractional_max_pool2d(x, 2, output_size=(4, 5))[1, 2])
samples = torch.rand(2, 3, 2)
out, where = F.fractional_max_pool2d(x, (2, 3), output_size=5, _random_samples=samples, return_indices=True)
print(where[0, 1], out[1, 0, 0])
y.sum().backward()
print(x.grad[0, 0, :3])
g = torch.autograd.grad(F.fractional_max_pool2d(x, 2, output_size=4, _random_samples=samples), x,
                        torch.ones(2, 3, 4, 4, requires_grad=True), create_graph=True)[0]
print(g.grad_fn, y.grad_fn._saved_kernel_size, y.grad_fn._saved_output_size)
fixed = nn.FractionalMaxPool2d(2, output_size=3, _random_samples=torch.rand(1, 3, 2, dtype=torch.float64))
print(fixed(x[0].double()).shape, [name for name, _ in fixed.named_buffers()])
for call in (lambda: nn.FractionalMaxPool2d(2), lambda: nn.FractionalMaxPool2d(2, 3, 0.5),
             lambda: nn.FractionalMaxPool2d(2, output_ratio=1.5), lambda: F.fractional_max_pool2d(x, 2),
             lambda: F.fractional_max_pool2d(x, 2, output_size=9),
             lambda: F.fractional_max_pool2d(x, 2, output_size=3, _random_samples=samples.double()),
             lambda: F.fractional_max_pool2d(x, 2, output_size=3, _random_samples=samples[:1]),
             lambda: F.fractional_max_pool2d(x, (2, 2, 2), output_size=3)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
