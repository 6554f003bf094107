import torch
import torch.nn as nn

torch.manual_seed(0)
lstm = nn.LSTM(input_size=4, hidden_size=3)
print(lstm)
print([name for name, _ in lstm.named_parameters()])
print(lstm.weight_ih_l0.shape, lstm.bias_hh_l0.shape)
inputs = torch.randn(6, 1, 4)
out, (h, c) = lstm(inputs)
print(out.shape, h.shape, c.shape)
print(out.grad_fn, h.grad_fn, c.grad_fn)
print(h)
print(c)
