# nn.init.sparse_: normal values, then ceil(sparsity * rows) zeros per column from the default generator; the deprecated name; errors.
import torch
import torch.nn as nn
torch.manual_seed(4)
w = torch.empty(30, 7)
nn.init.sparse_(w, sparsity=0.3, std=0.5)
print(w.sum(0).tolist(), (w == 0).sum().item())
g = torch.Generator().manual_seed(2)
print(nn.init.sparse_(torch.empty(4, 3), 0.5, generator=g))
print(nn.init.sparse(torch.empty(3, 2), 0.1))
try:
    nn.init.sparse_(torch.empty(2, 2, 2), 0.5)
except ValueError as e:
    print(e)
