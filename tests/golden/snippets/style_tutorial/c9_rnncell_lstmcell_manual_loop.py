# Unrolling nn.RNNCell, nn.LSTMCell and nn.GRUCell by hand over a sequence, compared with nn.LSTM.
import torch
import torch.nn as nn

torch.manual_seed(0)
seq = torch.randn(5, 3, 4)  # time, batch, features
rnn_cell = nn.RNNCell(4, 6, nonlinearity="relu")
h = torch.zeros(3, 6)
for t in range(seq.size(0)):
    h = rnn_cell(seq[t], h)
print(h)

lstm_cell = nn.LSTMCell(4, 6)
hx, cx = torch.zeros(3, 6), torch.zeros(3, 6)
outputs = []
for x_t in seq:
    hx, cx = lstm_cell(x_t, (hx, cx))
    outputs.append(hx)
out_cells = torch.stack(outputs)
lstm = nn.LSTM(4, 6)
with torch.no_grad():
    lstm.weight_ih_l0.copy_(lstm_cell.weight_ih)
    lstm.weight_hh_l0.copy_(lstm_cell.weight_hh)
    lstm.bias_ih_l0.copy_(lstm_cell.bias_ih)
    lstm.bias_hh_l0.copy_(lstm_cell.bias_hh)
out_lstm, (h_n, c_n) = lstm(seq)
print(torch.allclose(out_cells, out_lstm, atol=1e-6), torch.allclose(cx, c_n[0], atol=1e-6))
gru_cell = nn.GRUCell(4, 6, bias=False)
g = gru_cell(seq[0])
print(g.shape, g.grad_fn.name())
print(lstm_cell)
print(gru_cell)
print(rnn_cell(seq[0][0]).shape)
try:
    lstm_cell(seq[0], hx)
except (RuntimeError, ValueError, TypeError) as e:
    print(type(e).__name__, e)
