# Which time steps matter: gradient of the forecast w.r.t. the input window
import torch
import torch.nn as nn

torch.manual_seed(156)
enc = nn.LSTM(1, 5, batch_first=True)
head = nn.Linear(5, 1)
x = torch.randn(1, 6, 1, requires_grad=True)
seq_out = enc(x)[0]
y = head(seq_out[:, -1]).sum()
(g,) = torch.autograd.grad(y, inputs=x)
print(g.shape, g.dtype)
sal = g.abs().squeeze()
print(sal.argmax().item() >= 0, sal.shape)
print(x.grad)
