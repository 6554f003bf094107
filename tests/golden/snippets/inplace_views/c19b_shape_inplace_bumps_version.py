# In-place shape changes count as writes for the version counter (shared with the view's base)
import torch

for name in ["t_", "transpose_", "squeeze_", "unsqueeze_", "swapdims_", "resize_"]:
    base = torch.ones(2, 2)
    view = base.view(2, 2)
    args = {"transpose_": (0, 1), "swapdims_": (0, 1), "unsqueeze_": (0,), "resize_": (4,)}.get(name, ())
    getattr(view, name)(*args)
    print(name, base._version, view._version, tuple(view.shape))
x = torch.ones(2, 2, requires_grad=True)
e = x.exp()
e.unsqueeze_(0)
try:
    e.sum().backward()
except RuntimeError as err:
    print(err)
