# A hand-written Linear layer with nn.Parameter and the same init as nn.Linear
import math
import torch
from torch import nn

class MyLinear(nn.Module):
    def __init__(self, in_features, out_features):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(out_features, in_features))
        self.bias = nn.Parameter(torch.empty(out_features))
        self.reset_parameters()

    def reset_parameters(self):
        nn.init.kaiming_uniform_(self.weight, a=math.sqrt(5))
        fan_in, _ = nn.init._calculate_fan_in_and_fan_out(self.weight)
        bound = 1 / math.sqrt(fan_in)
        nn.init.uniform_(self.bias, -bound, bound)

    def forward(self, x):
        return x @ self.weight.t() + self.bias

    def extra_repr(self):
        return f"in={self.weight.shape[1]}, out={self.weight.shape[0]}"

torch.manual_seed(5); mine = MyLinear(4, 2)
torch.manual_seed(5); ref = nn.Linear(4, 2)
print(mine)
print(torch.equal(mine.weight, ref.weight), torch.equal(mine.bias, ref.bias))
x = torch.randn(3, 4)
print(torch.allclose(mine(x), ref(x)), mine(x).grad_fn.name())
