import numpy as np
import torch

x = torch.arange(6.).reshape(2, 3)
# a numpy integer or an integer 0-d tensor is an int to PyTorch's parser
d = np.int64(1)
t = torch.tensor(1)
print(x.cumsum(d), torch.softmax(x, t), x.argmax(dim=d), x.unsqueeze(t).shape)
print(x.movedim(d, 0).shape, torch.movedim(x, t, 0).shape, x.sum(d), x.amax(d), torch.nansum(x, d))
print(x.roll(1, t), x.prod(t), x.transpose(t, 0).shape, x.select(d, 2), x.size(d), x.stride(t))
print(x.all(dim=(0, 1)), x.any((0,)), torch.count_nonzero(x, [0]), x.sum((t,)), x.flip(d))
# flip and permute take their dims one by one as methods, as one sequence as functions
print(x.flip(0, 1), x.permute(1, 0).shape, torch.permute(x, (1, 0)).shape)
for call in (lambda: torch.flip(x, 0), lambda: torch.flip(x, d), lambda: torch.permute(x, 1, 0),
             lambda: x.permute((1, 0), 1), lambda: x.permute(0, 1.5), lambda: x.permute(1.5, 0), lambda: x.flip(0, "a"),
             lambda: x.size((0,)), lambda: x.stride(0.0), lambda: x.unflatten(0.0, (2, 1)),
             lambda: torch.unflatten(x, 0.0, (2, 1)), lambda: x.roll(1, 1.0)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
