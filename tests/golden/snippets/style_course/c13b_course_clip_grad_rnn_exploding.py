# Lecture demo: exploding gradients in a vanilla RNN with a large recurrent weight; clipping by norm.
import torch
import torch.nn as nn

torch.manual_seed(19)
rnn = nn.RNN(2, 4, nonlinearity="relu")
with torch.no_grad():
    rnn.weight_hh_l0.copy_(1.8 * torch.eye(4))
x = torch.rand(30, 1, 2)
out, h = rnn(x)
loss = out[-1].sum()
loss.backward()
norms = {n: p.grad.norm().item() for n, p in rnn.named_parameters()}
for n, v in norms.items():
    print(n, f"{v:.6e}")
total = nn.utils.clip_grad_norm_(rnn.parameters(), max_norm=1.0)
print("total norm before:", total)
after = torch.sqrt(sum(p.grad.pow(2).sum() for p in rnn.parameters()))
print("after:", after)
print(rnn.bias_hh_l0.grad)
rnn.zero_grad()
print(rnn.bias_hh_l0.grad)
out, h = rnn(x)
out[-1].sum().backward()
nn.utils.clip_grad_value_(rnn.parameters(), 0.5)
print(rnn.weight_ih_l0.grad)
