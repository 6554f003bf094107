# make_tensor draws like PyTorch's under a seed; assert_allclose's looser defaults
import torch
from torch.testing import assert_allclose, make_tensor

torch.manual_seed(0)
print(make_tensor(2, 3, dtype=torch.float32, device="cpu"))
print(make_tensor([4], dtype=torch.bool, device="cpu"))
print(make_tensor((5,), dtype=torch.uint8, device="cpu"), make_tensor((3,), dtype=torch.int64, device="cpu", low=-2))
nc = make_tensor((2, 3), dtype=torch.float64, device="cpu", noncontiguous=True, low=0, high=1)
print(nc, nc.is_contiguous(), nc.stride())
print(make_tensor((4,), dtype=torch.int32, device="cpu", low=0, high=2, exclude_zero=True))
print(make_tensor((2,), dtype=torch.complex64, device="cpu", requires_grad=True))
for kwargs in ({"dtype": torch.int64, "requires_grad": True}, {"dtype": torch.float32, "low": 3, "high": 1},
               {"dtype": torch.uint8, "low": -5, "high": -1}, {"dtype": torch.float32, "low": float("nan")}):
    try:
        make_tensor((2,), device="cpu", **kwargs)
    except ValueError as e:
        print("ValueError:", e)
print(make_tensor((2,), dtype=torch.float32, device="cpu", low=1.5, high=1.5))
assert_allclose(torch.tensor([1.0, 2.0], dtype=torch.float64), [1.000001, 2.0])
assert_allclose(torch.tensor([float("nan")]), torch.tensor([float("nan")]))
try:
    assert_allclose(torch.tensor([1, 2]), [1, 3], msg="ints differ")
except AssertionError as e:
    print(e)
