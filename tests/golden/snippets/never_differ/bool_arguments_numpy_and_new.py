# A numpy bool (say from comparing numpy arrays) is no bool for PyTorch's arguments, and the
# new_* methods take requires_grad as strictly as the factories do.
import numpy as np
import torch

x = torch.ones(2, 2)
flag = np.array([1.0]).sum() > 0
calls = [lambda: x.sum(0, keepdim=flag), lambda: torch.sort(x, descending=flag),
         lambda: torch.zeros(2, requires_grad=flag), lambda: torch.rand(2, requires_grad=flag),
         lambda: x.new_zeros(2, requires_grad=1), lambda: x.new_tensor([1.0], requires_grad=None),
         lambda: x.new_full((2,), 3.0, requires_grad="yes"), lambda: x.new_ones(2, requires_grad=None)]
for call in calls:
    try:
        print(call().requires_grad if isinstance(call(), torch.Tensor) else "ok")
    except TypeError as e:
        print(str(e).splitlines()[0])
