# Course notebook: LSTM cell gates written out by hand (i, f, g, o order), checked against nn.LSTMCell
import torch
import torch.nn as nn

torch.manual_seed(100)
lstm_cell = nn.LSTMCell(input_size=3, hidden_size=2)
xt = torch.randn(4, 3)
h_prev, c_prev = torch.randn(4, 2), torch.randn(4, 2)
h_new, c_new = lstm_cell(xt, (h_prev, c_prev))
z = xt @ lstm_cell.weight_ih.t() + h_prev @ lstm_cell.weight_hh.t() + lstm_cell.bias_ih + lstm_cell.bias_hh
in_gate, forget_gate, cand, out_gate = z.split(2, dim=1)
c_mine = forget_gate.sigmoid() * c_prev + in_gate.sigmoid() * cand.tanh()
h_mine = out_gate.sigmoid() * c_mine.tanh()
print([tuple(p.shape) for p in lstm_cell.parameters()])
print(torch.allclose(h_new, h_mine), torch.allclose(c_new, c_mine), (h_new - h_mine).abs().max())
print(h_new)
print(h_new.grad_fn, c_new.grad_fn)
(h_new.sum() + c_new.sum()).backward()
print(lstm_cell.bias_hh.grad)
