# nn.RNNCell / nn.GRUCell / nn.LSTMCell stepped by hand versus the full-sequence modules sharing weights.
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(5, 2, 3)
for Cell, Full in [(nn.RNNCell, nn.RNN), (nn.GRUCell, nn.GRU), (nn.LSTMCell, nn.LSTM)]:
    cell = Cell(3, 4)
    full = Full(3, 4)
    with torch.no_grad():
        full.weight_ih_l0.copy_(cell.weight_ih)
        full.weight_hh_l0.copy_(cell.weight_hh)
        full.bias_ih_l0.copy_(cell.bias_ih)
        full.bias_hh_l0.copy_(cell.bias_hh)
    h = torch.zeros(2, 4)
    c = torch.zeros(2, 4)
    outs = []
    for step in x:
        if Cell is nn.LSTMCell:
            h, c = cell(step, (h, c))
        else:
            h = cell(step, h)
        outs.append(h)
    ref = full(x)[0]
    print(Cell.__name__, torch.allclose(torch.stack(outs), ref, atol=1e-6), (torch.stack(outs) - ref).abs().max() < 1e-6)
    print(h)
print(nn.RNNCell(3, 4, nonlinearity="relu"), nn.LSTMCell(3, 4, bias=False))
