import torch
import torch.nn as nn

torch.manual_seed(37)
rnn = nn.RNN(1, 4, nonlinearity="tanh")
x = torch.randn(30, 1, 1) * 5
out, h = rnn(x)
(out[-1] * 100).sum().backward()
before = nn.utils.clip_grad_norm_(rnn.parameters(), 1.0, norm_type=2.0, foreach=True)
print(f"{before.item():.4f}")
after = nn.utils.get_total_norm([p.grad for p in rnn.parameters()])
print(f"{after.item():.4f}")
print(nn.utils.clip_grad_norm_(rnn.parameters(), 1.0, norm_type="inf").item() <= 1.0 + 1e-6)
