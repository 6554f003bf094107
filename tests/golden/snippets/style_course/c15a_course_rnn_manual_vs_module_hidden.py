# Course notebook: unrolling nn.RNN by hand with its own weights, and comparing every hidden state
import torch
import torch.nn as nn

torch.manual_seed(170)
rnn = nn.RNN(input_size=2, hidden_size=3, num_layers=1, nonlinearity="relu")
seq = torch.randn(5, 1, 2)
out, h_n = rnn(seq)
hid = torch.zeros(1, 3)
history = []
for step_in in seq.unbind(0):
    hid = torch.relu(step_in @ rnn.weight_ih_l0.T + rnn.bias_ih_l0 + hid @ rnn.weight_hh_l0.T + rnn.bias_hh_l0)
    history.append(hid)
manual = torch.stack(history)
print(out.shape, h_n.shape, manual.shape)
print(torch.allclose(out, manual), torch.equal(out[-1], h_n[0]))
print(out[:, 0])
print(rnn, dict(rnn.named_parameters()).keys())
