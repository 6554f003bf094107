import torch
from torch import nn

torch.manual_seed(0)
rnn = nn.RNN(input_size=3, hidden_size=4)
print(rnn)
for name, p in rnn.named_parameters():
    print(name, tuple(p.shape))
print(rnn.weight_hh_l0)
x = torch.randn(5, 2, 3)
out, h = rnn(x)
print(out.shape, h.shape, out.grad_fn, h.grad_fn)
print(out[-1])
print(torch.allclose(out[-1], h[0]))
