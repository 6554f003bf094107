# Inside vmap, *_like and new_* factories of a batched tensor are batched too, so in-place ops
# that write the batch into them work; a plain factory stays unbatched and refuses
import torch
from torch.func import vmap

x = torch.arange(12.).reshape(3, 4)
for name, f in [("zeros_like(r).add_(r)", lambda r: torch.zeros_like(r).add_(r)),
                ("empty_like(r).copy_(r)", lambda r: torch.empty_like(r).copy_(r)),
                ("full_like(r, 3).mul_(r)", lambda r: torch.full_like(r, 3.).mul_(r)),
                ("ones_like(r, dtype=double).sub_(r)", lambda r: torch.ones_like(r, dtype=torch.double).sub_(r)),
                ("r.new_zeros(4).add_(r)", lambda r: r.new_zeros(4).add_(r)),
                ("r.new_ones(2, 4).mul_(r)", lambda r: r.new_ones(2, 4).mul_(r)),
                ("r.new_full((4,), 2.).div_(r + 1)", lambda r: r.new_full((4,), 2.).div_(r + 1)),
                ("torch.zeros(4).add_(r)", lambda r: torch.zeros(4).add_(r))]:
    try:
        print(name, vmap(f)(x))
    except RuntimeError as e:
        print(name, "RuntimeError:", e)
