# empty_strided and new_empty_strided: strides as given over a storage just large enough; their errors.
import torch

t = torch.empty_strided((2, 3), (1, 2))
print(t.shape, t.stride(), t.is_contiguous(), t.t().is_contiguous(), t._base is None, t.is_leaf)
print(t.untyped_storage().nbytes(), torch.empty_strided((2, 2), (0, 1)).untyped_storage().nbytes())
print(torch.empty_strided([], []).untyped_storage().nbytes(), torch.empty_strided((0, 3), (3, 1)).untyped_storage().nbytes())
print(t.fill_(0.5))
u = torch.empty_strided((2, 2), (2, 1), dtype=torch.float64, requires_grad=True)
print(u.dtype, u.requires_grad, u.grad_fn)
v = torch.ones(2, dtype=torch.int16).new_empty_strided((3, 2), (1, 3))
print(v.dtype, v.stride(), v.zero_())
for text, call in [("rank", lambda: torch.empty_strided((2, 3), (1,))),
                   ("negative stride", lambda: torch.empty_strided((2, 3), (-1, 1))),
                   ("negative size", lambda: torch.empty_strided((-2, 3), (3, 1))),
                   ("int size", lambda: torch.empty_strided(2, (1,))),
                   ("float stride", lambda: torch.empty_strided((2, 3), (1, 2.0))),
                   ("no stride", lambda: torch.empty_strided((2, 3))),
                   ("requires_grad=1", lambda: torch.empty_strided((2,), (1,), requires_grad=1)),
                   ("method int stride", lambda: v.new_empty_strided((2, 3), 1))]:
    try:
        call()
    except (RuntimeError, TypeError) as e:
        print(text, type(e).__name__, e)
