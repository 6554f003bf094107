# Q: nn.Linear on a 3-D input works on the last dim; wrong last dim sizes and a flatten fix.
import torch
import torch.nn as nn

torch.manual_seed(0)
lin = nn.Linear(4, 2)
x = torch.randn(5, 3, 4)
print(lin(x).shape, lin(x).grad_fn)
try:
    lin(torch.randn(5, 4, 3))
except RuntimeError as e:
    print(e)
try:
    lin(torch.randn(2, 3, 8, 8))
except RuntimeError as e:
    print(e)
print(lin(torch.randn(4)).shape, lin(torch.randn(4)).grad_fn)
print(nn.Flatten()(torch.randn(2, 3, 8, 8)).shape, nn.Flatten(0, 1)(torch.randn(2, 3, 4)).shape)
