# Course lab: unroll nn.RNNCell by hand with the weights of an nn.RNN and compare every hidden state.
import torch
import torch.nn as nn

torch.manual_seed(61)
rnn = nn.RNN(3, 4, num_layers=1, nonlinearity="tanh")
cell = nn.RNNCell(3, 4)
cell.load_state_dict({
    "weight_ih": rnn.weight_ih_l0, "weight_hh": rnn.weight_hh_l0,
    "bias_ih": rnn.bias_ih_l0, "bias_hh": rnn.bias_hh_l0,
})
x = torch.randn(5, 2, 3)
h0 = torch.zeros(2, 4)
out, hn = rnn(x, h0.unsqueeze(0))
h = h0
states = []
for t in range(x.shape[0]):
    h = cell(x[t], h)
    states.append(h)
manual = torch.stack(states)
print(out.shape, manual.shape)
print((out - manual).abs().max())
print(torch.allclose(out, manual, atol=1e-6))
by_formula = torch.tanh(x[0] @ rnn.weight_ih_l0.T + rnn.bias_ih_l0 + h0 @ rnn.weight_hh_l0.T + rnn.bias_hh_l0)
print(torch.allclose(by_formula, out[0]))
print(hn.squeeze(0))
print(sorted(cell.state_dict().keys()))
