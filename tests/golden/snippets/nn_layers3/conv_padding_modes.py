# Conv1d / Conv2d with padding_mode reflect, replicate and circular (and 'same'), values and gradients.
import torch
import torch.nn as nn

torch.manual_seed(0)
x1 = torch.randn(2, 2, 7, requires_grad=True)
x2 = torch.randn(1, 2, 5, 6, requires_grad=True)
for mode in ("zeros", "reflect", "replicate", "circular"):
    c1 = nn.Conv1d(2, 3, 3, padding=2, padding_mode=mode, dilation=2)
    c2 = nn.Conv2d(2, 2, (3, 2), padding=(1, 1), padding_mode=mode, stride=(1, 2))
    y1, y2 = c1(x1), c2(x2)
    print(c1, c1._reversed_padding_repeated_twice, y1.shape, y1.grad_fn.name())
    print(c2, c2._reversed_padding_repeated_twice, y2.shape)
    print(y1[0, 0])
    print(y2[0, 1, 0])
    (y1.sum() + y2.pow(2).sum()).backward()
print(x1.grad[1])
print(x2.grad[0, 0])
same = nn.Conv2d(2, 1, (3, 4), padding="same", padding_mode="reflect")
print(same._reversed_padding_repeated_twice, same(x2).shape)
print(nn.Conv1d(1, 1, 5, padding="same", padding_mode="circular", bias=False)._reversed_padding_repeated_twice)
try:
    nn.Conv1d(1, 1, 3, padding=4, padding_mode="reflect")(torch.randn(1, 1, 4))
except RuntimeError as e:
    print("RuntimeError:", e)
