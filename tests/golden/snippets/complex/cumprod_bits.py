# Running products of rotations: the bits of each part, in both complex types.
import torch

torch.manual_seed(0)
for dtype, bits in ((torch.complex64, torch.int32), (torch.complex128, torch.int64)):
    z = torch.randn(2, 9, dtype=dtype)
    run = torch.cumprod(z, dim=1)
    print(torch.view_as_real(run).view(bits)[:, -3:])
    print(z.cumprod(0)[1, :3])
w = torch.polar(torch.ones(6), torch.arange(6.0) * 0.5)
print(torch.cumprod(w, 0))
print(torch.cumprod(torch.tensor([1.0, 2.0, 3.0]), 0, dtype=torch.complex64))
