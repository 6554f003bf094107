# nn.LSTM(proj_size=...): the weight_hr projection, h of proj_size, c of hidden_size, and the checks
import torch
from torch import nn

torch.manual_seed(0)
lstm = nn.LSTM(3, 5, proj_size=2, num_layers=2, bidirectional=True)
print(lstm)
print([(name, tuple(p.shape)) for name, p in lstm.named_parameters()][:5])
print(lstm.weight_hr_l0)
x = torch.randn(4, 2, 3)
out, (h, c) = lstm(x)
print(out.shape, h.shape, c.shape, out.grad_fn, h.grad_fn)
print(out[-1], c[-1])
(out.square().sum() + c.sum()).backward()
print(lstm.weight_hr_l1_reverse.grad, lstm.bias_hh_l0.grad[:4])
for hx in [(torch.zeros(4, 2, 5), torch.zeros(4, 2, 5)), (torch.zeros(4, 2, 2), torch.zeros(4, 2, 2))]:
    try:
        lstm(x, hx)
    except RuntimeError as e:
        print(e)
single = nn.LSTM(3, 4, proj_size=1, batch_first=True)
o, (h1, c1) = single(torch.randn(3, 3), (torch.zeros(1, 1), torch.zeros(1, 4)))
print(o, h1, c1.shape)
try:
    nn.LSTM(3, 5, proj_size=5)
except ValueError as e:
    print(e)
