import torch
from torch import nn

torch.manual_seed(50)
rnn = nn.RNN(1, 2)
out, _ = rnn(torch.full((3, 1, 1), 1e30))
(out.sum() * 1e30).backward()
params = list(rnn.parameters())
print(any(not torch.isfinite(p.grad).all() for p in params))
try:
    nn.utils.clip_grad_norm_(params, 1.0, error_if_nonfinite=True)
except RuntimeError as e:
    print(str(e)[:90])
total = nn.utils.clip_grad_norm_(params, 1.0)
print(total)
