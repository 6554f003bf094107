# A vanilla RNN on a long sequence: gradient norms before and after clip_grad_value_
import torch
from torch import nn

torch.manual_seed(71)
rnn = nn.RNN(2, 6, batch_first=True)
with torch.no_grad():
    rnn.weight_hh_l0.mul_(3.0)
x = torch.randn(2, 40, 2)
out, h = rnn(x)
loss = out[:, -1].pow(2).sum()
loss.backward()
norms = {n: p.grad.norm().item() for n, p in rnn.named_parameters()}
print({n: round(v, 3) for n, v in norms.items()})
nn.utils.clip_grad_value_(rnn.parameters(), clip_value=0.1)
print(max(p.grad.abs().max().item() for p in rnn.parameters()))
print(nn.utils.get_total_norm([p.grad for p in rnn.parameters()]))
