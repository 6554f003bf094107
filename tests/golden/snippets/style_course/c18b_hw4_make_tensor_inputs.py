# Autograder builds random test inputs with torch.testing.make_tensor
import torch
from torch.testing import make_tensor


def student_swap_halves(x):
    n = x.shape[-1] // 2
    return torch.cat([x[..., n:], x[..., :n]], dim=-1)


torch.manual_seed(0)
for shape in [(4,), (2, 6), (3, 2, 8)]:
    x = make_tensor(shape, dtype=torch.float32, device="cpu", low=-1, high=1)
    ref = x.roll(shape[-1] // 2, dims=-1)
    torch.testing.assert_close(student_swap_halves(x), ref)
    print(shape, "PASS")
print(make_tensor((3,), dtype=torch.int64, device="cpu", low=0, high=10))
