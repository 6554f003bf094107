# GRU gates: ATen applies sigmoid_ to strided chunks of the hidden projection, so which elements
# take the vector or the scalar exp depends on the hidden size; the bits show it.
import torch
import torch.nn as nn

torch.manual_seed(3)
for hidden, batch in [(10, 4), (20, 3), (40, 2)]:
    gru = nn.GRU(5, hidden)
    x = torch.randn(4, batch, 5)
    out, h = gru(x)
    out.square().sum().backward()
    print(hidden, float(out.double().sum().detach()).hex(), float(gru.weight_hh_l0.grad.double().abs().sum()).hex())
cell = nn.GRUCell(3, 12)
h = torch.zeros(2, 12)
for step in torch.randn(3, 2, 3):
    h = cell(step, h)
print([float(v).hex() for v in h[0, :6].tolist()])
print(h.grad_fn.name())
