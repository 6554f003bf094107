# PReLU learns one slope per channel; GLU gates half of its input with the other half.
import torch
import torch.nn as nn

torch.manual_seed(0)
prelu = nn.PReLU(3, init=0.1)
print(prelu, prelu.weight)
x = torch.randn(2, 3, 4)
out = prelu(x)
out.sum().backward()
print(out.grad_fn.name(), prelu.weight.grad)
glu = nn.GLU(dim=1)
z = torch.randn(2, 4, requires_grad=True)
y = glu(z)
print(glu, y)
y.sum().backward()
print(z.grad)
print(nn.Softmin(dim=1)(torch.tensor([[1.0, 2.0, 3.0]])))
print(list(prelu.state_dict().keys()))
