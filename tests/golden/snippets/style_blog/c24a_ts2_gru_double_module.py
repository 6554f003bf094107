# Converting a recurrent model to float64 for a gradient check
import torch
import torch.nn as nn

torch.manual_seed(34)
gru = nn.GRU(1, 2).double()
x = torch.randn(3, 1, 1, dtype=torch.float64, requires_grad=True)
out, h = gru(x)
print(out.dtype, h.dtype)
print(torch.autograd.gradcheck(lambda inp: gru(inp)[0], (x,)))
try:
    gru(x.float())
except RuntimeError as e:
    print(e)
