# Unrolling an LSTMCell over time and stacking outputs
import torch
import torch.nn as nn

torch.manual_seed(12)
step_cell = nn.LSTMCell(2, 3, bias=True)
print(step_cell)
seq = torch.randn(4, 5, 2)
state = (torch.zeros(4, 3), torch.zeros(4, 3))
hs = []
for x_t in seq.unbind(1):
    state = step_cell(x_t, state)
    hs.append(state[0])
hseq = torch.stack(hs, 1)
print(hseq.shape, hseq.grad_fn.name())
try:
    step_cell(seq[:, 0], state[0])
except Exception as e:
    print(type(e).__name__)
print(step_cell.weight_ih.shape, step_cell.bias_hh.shape)
