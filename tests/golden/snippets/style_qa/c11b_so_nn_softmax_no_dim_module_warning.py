# Q: nn.Softmax() without dim warns; which dim is picked for 1-D, 2-D, 3-D and 4-D inputs?
import torch
from torch import nn

torch.manual_seed(0)
sm = nn.Softmax()
print(sm)
for shape in [(4,), (2, 3), (2, 3, 2), (1, 2, 2, 2)]:
    x = torch.randn(*shape)
    out = sm(x)
    for d in range(len(shape)):
        if torch.allclose(out, torch.softmax(x, dim=d)):
            print(shape, "-> dim", d)
print(nn.Softmax(dim=1))
print(nn.LogSoftmax(dim=-1)(torch.tensor([[1.0, 2.0, 3.0]])))
x = torch.randn(2, 3)
print(nn.functional.log_softmax(x))
print(nn.Softmax2d()(torch.ones(1, 2, 1, 1)))
