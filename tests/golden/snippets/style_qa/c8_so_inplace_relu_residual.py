# Q: my residual block breaks backward: nn.ReLU(inplace=True) and `out += identity`.
import torch
import torch.nn as nn

torch.manual_seed(0)

class Block(nn.Module):
    def __init__(self, inplace):
        super().__init__()
        self.fc1 = nn.Linear(4, 4)
        self.act = nn.Sigmoid()
        self.relu = nn.ReLU(inplace=inplace)

    def forward(self, x):
        identity = x
        out = self.act(self.fc1(x))
        out = self.relu(out)
        out += identity
        return out

x = torch.randn(2, 4)
for inplace in (True, False):
    block = Block(inplace)
    y = block(x)
    print(inplace, y.grad_fn)
    try:
        y.sum().backward()
        print("ok", block.fc1.weight.grad.shape)
    except RuntimeError as e:
        print(type(e).__name__, str(e).split(".")[0])
print(nn.ReLU(inplace=True))
a = torch.randn(3, requires_grad=True)
b = a * 2
nn.functional.relu(b, inplace=True)
print(b.grad_fn)
