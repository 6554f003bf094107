# An Elman RNN unrolled by hand with shared nn.Linear layers; BPTT gradients vs nn.RNN with copied weights.
import torch
import torch.nn as nn

torch.manual_seed(2)
T, B, I, H = 4, 2, 3, 5
x = torch.randn(T, B, I)
rnn = nn.RNN(I, H)
i2h = nn.Linear(I, H)
h2h = nn.Linear(H, H)
with torch.no_grad():
    i2h.weight.copy_(rnn.weight_ih_l0)
    i2h.bias.copy_(rnn.bias_ih_l0)
    h2h.weight.copy_(rnn.weight_hh_l0)
    h2h.bias.copy_(rnn.bias_hh_l0)
h = torch.zeros(B, H)
outs = []
for t in range(T):
    h = torch.tanh(i2h(x[t]) + h2h(h))
    outs.append(h)
manual = torch.stack(outs)
ref, h_n = rnn(x)
print(manual.shape, ref.shape, h_n.shape)
print((manual - ref).abs().max().item() < 1e-6)
manual.sum().backward()
ref.sum().backward()
print((i2h.weight.grad - rnn.weight_ih_l0.grad).abs().max().item() < 1e-5)
print((h2h.bias.grad - rnn.bias_hh_l0.grad).abs().max().item() < 1e-5)
print(h_n[0, 0])
print(rnn)
print([n for n, _ in rnn.named_parameters()])
